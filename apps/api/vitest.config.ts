import { nodeProject } from '@thb/vitest-config';

// Some suites run the built entries (dist/server.js, and the Worker bundles of `build:test`).
export default nodeProject('api', {}, { built: true });
