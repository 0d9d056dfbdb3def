/**
 * Builds the portal into `dist/`: one `index.html` (no inline script or style, for the strict
 * CSP) and hashed modules under `assets/`. Served at `/portal/` by the Node server.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/portal/',
  // Lit checks NODE_ENV for its development warnings.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Vite would inline small CSS/assets as data: URLs, which the CSP forbids.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // dist/.vite/manifest.json: the entry chunk and the lazy screen chunks, for the size test and
    // the bench (the server never serves dot folders).
    manifest: true,
  },
});
