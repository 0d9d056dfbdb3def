// Bundles the Node entry into dist/server.js so `node apps/api/dist/server.js` runs without tsx.
// better-sqlite3 is a native module and swagger-ui-dist is read from disk at run time: both stay
// external and are resolved from apps/api/node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // pg-native is pg's optional native binding, which the store does not use.
  external: ['better-sqlite3', 'swagger-ui-dist', 'pg-native'],
  // Some bundled CommonJS dependencies call require(); ESM output needs one in scope.
  banner: { js: "import { createRequire as __thbCreateRequire } from 'node:module'; const require = __thbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('built dist/server.js');
