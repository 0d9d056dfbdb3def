// Plain JavaScript: vitest loads config packages from node_modules without transpiling them,
// and tooling/scripts/bench.mjs runs on Node 20 without a TypeScript loader.
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const BUILD_FIRST = fileURLToPath(new URL('./build-first.js', import.meta.url));

/**
 * The vitest project for a package whose tests run in Node.
 * @param {string} name
 * @param {import('vitest/config').TestProjectInlineConfiguration['test']} [test]
 * @param {{ built?: boolean }} [options] `built`: the tests run built files (`dist/`), so the
 *   project's globalSetup first builds them with `turbo run build:test` (build-first.js).
 * @example export default nodeProject('site', { globalSetup: ['test/global-setup.ts'] }, { built: true });
 */
export function nodeProject(name, test = {}, { built = false } = {}) {
  const globalSetup = [test.globalSetup ?? []].flat();
  return defineProject({
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      ...test,
      globalSetup: built ? [BUILD_FIRST, ...globalSetup] : globalSetup,
    },
  });
}
