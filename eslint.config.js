// One lint config for the whole workspace: TypeScript's recommended rules plus the habits
// of STYLE.md that a linter can check (no `any`, no enums, type-only imports), and the
// type-aware rules that catch what tsc lets through (a promise nobody awaits, an async
// callback where a sync one is expected, a cast that changes nothing).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/.wrangler/**', 'data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a const array and a union type, not an enum (STYLE.md).' }],
    },
  },
  {
    // Every .ts file is in its package's tsconfig (or the root one), which the project service finds.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // A chosen subset of recommendedTypeChecked: the rest of it (no-unsafe-*, unbound-method)
    // mostly flags JSON in tests and Lit's `@click=${this.handler}`, which Lit binds itself.
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
);
