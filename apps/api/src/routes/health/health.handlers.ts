/** Handler of the health check. */
import type { AppDeps, AppRouteHandler } from '../../lib/types.ts';
import type { healthRoute } from './health.routes.ts';

/**
 * `GET /healthz`: reads the data version, so a broken store shows up as a 500 problem. Stored
 * records the store had to skip make it `degraded` with their count, still a 200: everything
 * else is served, and a load balancer should keep sending traffic while someone fixes the rows.
 */
export const health = (deps: AppDeps): AppRouteHandler<typeof healthRoute> => async (c) => {
  const dataVersion = await deps.store.dataVersion();
  const corruptRecords = deps.store.corruptRecords().length;
  c.header('cache-control', 'no-store');
  if (corruptRecords === 0) return c.json({ status: 'ok' as const, dataVersion }, 200);
  return c.json({ status: 'degraded' as const, dataVersion, corruptRecords }, 200);
};
