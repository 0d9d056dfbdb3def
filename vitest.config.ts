import { defineConfig } from 'vitest/config';

/** Every package and app is a vitest project with its own config beside its package.json. */
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
