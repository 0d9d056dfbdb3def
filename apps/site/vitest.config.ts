import { nodeProject } from '@thb/vitest-config';

// The pages are tested in Debian's Chromium, served by the real API server (test/global-setup.ts).
export default nodeProject('site', { globalSetup: ['test/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 });
