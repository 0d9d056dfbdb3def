/**
 * knip (run by `pnpm lint`): files nothing reaches, exports nobody imports, dependencies nobody
 * uses. A package's `exports`, its package.json scripts (tsx, node), its vite/vitest/wrangler
 * configs and test files are found by knip's plugins; listed here is only what they cannot see.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // An export that its own file uses too is a module's documented surface, not dead code.
  ignoreExportsUsedInFile: true,
  // Kysely's Migrator takes each migration module whole (`import * as initial`), which knip
  // does not count as using its `up` and `down`.
  ignoreIssues: { 'packages/store/src/migrations/0*.ts': ['exports'] },
  // Debian's, installed by the bootstrap itself; tsx is the widgets' own, which
  // i18n-coverage.mjs runs from that package (`pnpm --dir packages/widgets exec tsx`).
  ignoreBinaries: ['pg_ctlcluster', 'tsx'],
  workspaces: {
    '.': {
      // The .ts scripts run through tsx from their .mjs launchers (i18n-coverage).
      entry: ['tooling/scripts/*.mjs', 'tooling/scripts/*.ts'],
    },
    'apps/api': {
      // build.mjs and build:test bundle these with esbuild and wrangler.
      entry: ['test/worker-entry.ts', 'bench/cluster-primary.mjs'],
      // Loaded with createRequire: Swagger UI's files from disk, autocannon (CommonJS) in the bench.
      ignoreDependencies: ['swagger-ui-dist', 'autocannon'],
    },
    'apps/bot': {
      // The bundle leaves the native module external: it is resolved from here at run time.
      ignoreDependencies: ['better-sqlite3'],
    },
    'apps/site': {
      // Static pages: the HTML loads these scripts.
      entry: ['src/*.js'],
      // build.mjs reads the widgets' built manifest, so the site builds after them (turbo's ^build);
      // the tests resolve axe-core's file with createRequire.
      ignoreDependencies: ['@thb/widgets', 'axe-core'],
    },
    'apps/portal': {
      // The tests resolve axe-core's file with createRequire.
      ignoreDependencies: ['axe-core'],
    },
    'packages/widgets': {
      // vite.config.ts's entries, the build's steps and the bench's bare comparison page.
      entry: ['src/define/*.ts', 'scripts/*.mjs', 'cem.config.mjs', 'bench/bare-map.ts'],
    },
    'packages/*': {},
    'tooling/api-process': {
      // Not imported: it runs the API's build output, and this dependency is what makes
      // `turbo run build:test` build the API before the tests that use this package (decision 6).
      ignoreDependencies: ['@thb/api'],
    },
    'tooling/*': {},
  },
};

export default config;
