import { nodeProject } from '@thb/vitest-config';

// The built pages are tested in Debian's Chromium, served by the built API (`built`).
export default nodeProject('site', { globalSetup: ['test/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 }, { built: true });
