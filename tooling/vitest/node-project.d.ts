import type { TestProjectInlineConfiguration, UserWorkspaceConfig } from 'vitest/config';

/** What a project needs besides vitest's own options. */
export interface NodeProjectOptions {
  /** The tests run built files (`dist/`): build them first with `turbo run build:test` (build-first.js). */
  built?: boolean;
}

/** The vitest project for a package whose tests run in Node. */
export declare function nodeProject(name: string, test?: TestProjectInlineConfiguration['test'], options?: NodeProjectOptions): UserWorkspaceConfig;
