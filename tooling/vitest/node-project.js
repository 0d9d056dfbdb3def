// Plain JavaScript: vitest loads config packages from node_modules without transpiling them.
import { defineProject } from 'vitest/config';

/**
 * The vitest project for a package whose tests run in Node.
 * @param {string} name
 * @param {import('vitest/config').TestProjectInlineConfiguration['test']} [test]
 * @example export default nodeProject('schema');
 */
export function nodeProject(name, test = {}) {
  return defineProject({
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      ...test,
    },
  });
}
