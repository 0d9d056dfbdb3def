import { nodeProject } from '@thb/vitest-config';

// Every test file builds the engine for every language, and its first answers compile per-language
// indexes: seconds on a shared machine, more with each language added.
export default nodeProject('answers', { testTimeout: 30_000 });
