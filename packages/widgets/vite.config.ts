/**
 * Builds the widget bundles: `thb-widgets.js` (every element) and one module per element,
 * sharing one chunk of Lit, query-core, the client and the base element. Entry names are
 * stable (the README's script tag points at them); chunks are content-hashed for caching.
 */
import { defineConfig, type Plugin } from 'vite';

/** Entry modules by output name. */
export const ENTRIES = {
  'thb-widgets': 'src/bundle.ts',
  'thb-member-map': 'src/define/thb-member-map.ts',
  'thb-resource-finder': 'src/define/thb-resource-finder.ts',
  'thb-event-list': 'src/define/thb-event-list.ts',
  'thb-chat': 'src/define/thb-chat.ts',
  'thb-quick-exit': 'src/define/thb-quick-exit.ts',
} as const;

/**
 * Collapses the whitespace and comments of Lit `css` templates in `*.styles.ts` files: no
 * library minifies tagged-template CSS for Rolldown, and our styles hold no strings in which
 * whitespace could matter.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'thb:minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const result = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const minified = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}');
        return `css\`${minified.trim()}\``;
      });
      // An empty map: positions inside style sheets are not worth mapping.
      return { code: result, map: { mappings: '' } };
    },
  };
}

export default defineConfig({
  // Relative: chunk URLs resolve against the script's own URL, wherever /widgets/ is served from.
  base: './',
  plugins: [minifyCssTemplates()],
  // Lit and query-core check NODE_ENV for their development warnings.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    manifest: true,
    // When the map's implementation is imported, its chunks are preloaded in parallel instead
    // of one after another; no polyfill (every browser with custom elements has modulepreload).
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      input: ENTRIES,
      preserveEntrySignatures: 'allow-extension',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
