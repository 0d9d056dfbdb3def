/** The statistics as a router. */
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps } from '../../lib/types.ts';
import { stats } from './stats.handlers.ts';
import { statsRoute } from './stats.routes.ts';

/**
 * `/v1/stats`
 * @example app.route('/', statsRouter(deps));
 */
export function statsRouter(deps: AppDeps) {
  return createRouter().openapi(statsRoute, stats(deps));
}
