import { nodeProject } from '@thb/vitest-config';

// The portal's flows once more with the API on PostgreSQL (a fresh database per harness, made
// through TEST_DATABASE_URL). Only sign-in and the entry's write flow: each file starts its own
// API and Chromium, and these two cover the database paths the portal adds (sessions, links,
// invitations, writes waiting for review); every other screen runs on SQLite only.
export default nodeProject('portal-postgres', {
  include: ['src/screens/sign-in/**/*.test.ts', 'src/screens/entry/**/*.test.ts', 'test/whole-path.test.ts'],
  env: { PORTAL_TEST_BACKEND: 'postgres' },
  testTimeout: 60_000, hookTimeout: 120_000,
}, { built: true });
