import { nodeProject } from '@thb/vitest-config';

export default nodeProject('api', { globalSetup: ['./test/build-entries.ts'] });
