/** Handlers of the resource reads. */
import { organisationNames } from '../../lib/organisations.ts';
import { notFound } from '../../lib/problem.ts';
import { readContext } from '../../lib/read-context.ts';
import { sendJsonRead } from '../../lib/read-response.ts';
import { pageCount, requestKey } from '../../lib/request-key.ts';
import type { AppDeps, AppRouteHandler } from '../../lib/types.ts';
import type { getResourceRoute, listResourcesRoute } from './resources.routes.ts';
import { resourceFilter, toResourceView } from './resources.views.ts';

/** `GET /v1/resources` */
export const listResources = (deps: AppDeps): AppRouteHandler<typeof listResourcesRoute> => async (c) => {
  const query = c.req.valid('query');
  const { language } = await readContext(c, deps);
  const { page, pageSize } = query;
  const { items, total, facets } = await deps.store.resources.search(
    resourceFilter(query), { page, pageSize }, language,
  );
  const publisherOf = await organisationNames(deps.store, items.map((r) => r.publisher), language);
  const body = {
    items: items.map((resource) => toResourceView(resource, language, publisherOf)),
    total, page, pageSize, pageCount: pageCount(total, pageSize), facets,
  };
  return sendJsonRead(c, deps, body, { request: requestKey(c, query), localised: true });
};

/** `GET /v1/resources/{id}` */
export const getResource = (deps: AppDeps): AppRouteHandler<typeof getResourceRoute> => async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const resource = await deps.store.resources.get(id);
  if (!resource) return notFound(`There is no resource with id "${id}".`, c.req.path);
  const { language } = await readContext(c, deps);
  const publisherOf = await organisationNames(deps.store, [resource.publisher], language);
  const view = toResourceView(resource, language, publisherOf);
  return sendJsonRead(c, deps, view, { request: requestKey(c, query), localised: true });
};
