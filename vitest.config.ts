import { defineConfig } from 'vitest/config';

// The server and database `npm test` sets up (tooling/scripts/bootstrap.mjs), also for a plain
// `npx vitest`; PostgreSQL tests fail (never skip) with set-up instructions when it is not reachable.
process.env.TEST_DATABASE_URL ??= 'postgres://thb:thb@127.0.0.1:5432/thb_test';

/** Every package and app is a vitest project with its own config beside its package.json. */
export default defineConfig({
  test: {
    // The portal's Chromium flows run a second time with the API on PostgreSQL.
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'apps/portal/vitest.postgres.config.ts'],
  },
});
