/** The resource reads as one router. */
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps } from '../../lib/types.ts';
import { getResource, listResources } from './resources.handlers.ts';
import { getResourceRoute, listResourcesRoute } from './resources.routes.ts';

/**
 * `/v1/resources` and `/v1/resources/{id}`.
 * @example app.route('/', resourcesRouter(deps));
 */
export function resourcesRouter(deps: AppDeps) {
  return createRouter()
    .openapi(listResourcesRoute, listResources(deps))
    .openapi(getResourceRoute, getResource(deps));
}
