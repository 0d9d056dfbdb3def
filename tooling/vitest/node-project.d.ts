import type { TestProjectInlineConfiguration, UserWorkspaceConfig } from 'vitest/config';

/** The vitest project for a package whose tests run in Node. */
export declare function nodeProject(name: string, test?: TestProjectInlineConfiguration['test']): UserWorkspaceConfig;
