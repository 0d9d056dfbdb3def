import { nodeProject } from '@thb/vitest-config';

// Unit tests run in Node; the element tests drive Debian's Chromium through the playwright
// library against the real API (see test/global-setup.ts for what they need).
export default nodeProject('widgets', {
  globalSetup: ['test/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
});
