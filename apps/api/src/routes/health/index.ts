/** The health check as a router. */
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps } from '../../lib/types.ts';
import { health } from './health.handlers.ts';
import { healthRoute } from './health.routes.ts';

/**
 * `/healthz`
 * @example app.route('/', healthRouter(deps));
 */
export function healthRouter(deps: AppDeps) {
  return createRouter().openapi(healthRoute, health(deps));
}
