/**
 * The real API for other packages' browser tests and benches, without importing it: they run
 * the built Node entry as a child process, so dependencies keep pointing one way
 * (tooling ← packages ← apps) and nothing outside `apps/` imports from `apps/`.
 *
 * @example
 * await ensureApiBuilt();
 * const api = await startApiProcess({ dataDir, widgetsDir });
 * await fetch(`${api.url}/v1/members`);
 * await api.close();
 */
export { ensureApiBuilt, newestChange } from './ensure-api-built.ts';
export { startApiProcess } from './start-api-process.ts';
export type { ApiProcess, ApiProcessOptions } from './start-api-process.ts';
export { withBuildLock } from './build-lock.ts';
