// Bundles the bot into dist/index.js so `node apps/bot/dist/index.js` runs without tsx.
// botbuilder (large, CommonJS, reads its own package files) and better-sqlite3 (native) stay
// external and are resolved from apps/bot/node_modules; pg-native is pg's optional native
// binding, which the store does not use.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['botbuilder', 'better-sqlite3', 'pg-native'],
  // Some bundled CommonJS dependencies call require(); ESM output needs one in scope.
  banner: { js: "import { createRequire as __thbCreateRequire } from 'node:module'; const require = __thbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('built dist/index.js');
