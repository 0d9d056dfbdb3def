import { nodeProject } from '@thb/vitest-config';

// The suites run on real servers (PostgreSQL, workerd through Miniflare), whose start-up and
// round trips stretch on a busy two-core machine; these limits catch hangs, not slowness.
export default nodeProject('store', { testTimeout: 30_000, hookTimeout: 60_000 });
