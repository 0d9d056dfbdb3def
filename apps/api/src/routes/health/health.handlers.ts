/** Handler of the health check. */
import type { AppDeps, AppRouteHandler } from '../../lib/types.ts';
import type { healthRoute } from './health.routes.ts';

/** `GET /healthz`: reads the data version, so a broken store shows up as a 500 problem. */
export const health = (deps: AppDeps): AppRouteHandler<typeof healthRoute> => async (c) => {
  const dataVersion = await deps.store.dataVersion();
  c.header('cache-control', 'no-store');
  return c.json({ status: 'ok' as const, dataVersion }, 200);
};
