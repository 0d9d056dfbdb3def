/**
 * The real API for other packages' browser tests and benches, without importing it: they run
 * the built Node entry as a child process, so dependencies keep pointing one way
 * (tooling ← packages ← apps) and nothing outside `apps/` imports from `apps/`. This package's
 * `@thb/api` dependency is what makes `turbo run build:test` build the API first for them.
 *
 * @example
 * const api = await startApiProcess({ dataDir, widgetsDir });
 * await fetch(`${api.url}/v1/members`);
 * await api.close();
 */
export { startApiProcess } from './start-api-process.ts';
export type { ApiProcess, ApiProcessOptions } from './start-api-process.ts';
