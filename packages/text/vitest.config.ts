import { nodeProject } from '@thb/vitest-config';

export default nodeProject('text');
