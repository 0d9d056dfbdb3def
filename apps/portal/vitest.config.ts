import { nodeProject } from '@thb/vitest-config';

// The built portal is tested in Debian's Chromium, served by the built API with a real SQLite
// file and mail through a real SMTP server (`built`: turbo builds both first).
export default nodeProject('portal', { testTimeout: 120_000, hookTimeout: 120_000 }, { built: true });
