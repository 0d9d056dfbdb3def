import { nodeProject } from '@thb/vitest-config';

// Unit tests run in Node; the element tests drive Debian's Chromium through the playwright
// library against the built API and bundles (`built`; test/global-setup.ts starts Chromium).
export default nodeProject('widgets', {
  globalSetup: ['test/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
}, { built: true });
