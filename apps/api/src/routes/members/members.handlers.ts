/** Handlers of the member reads. */
import { notFound } from '../../lib/problem.ts';
import { readContext } from '../../lib/read-context.ts';
import { sendJsonRead } from '../../lib/read-response.ts';
import { pageCount, requestKey } from '../../lib/request-key.ts';
import type { AppDeps, AppRouteHandler } from '../../lib/types.ts';
import { GEOJSON_MEDIA_TYPE, toMemberFeatureCollection } from './members.geojson.ts';
import type { getMemberRoute, listMembersRoute, membersGeoJsonRoute } from './members.routes.ts';
import { memberFilter, toMemberView } from './members.views.ts';

/** `GET /v1/members` */
export const listMembers = (deps: AppDeps): AppRouteHandler<typeof listMembersRoute> => async (c) => {
  const query = c.req.valid('query');
  const { language } = await readContext(c, deps);
  const { page, pageSize } = query;
  const { items, total } = await deps.store.members.list(memberFilter(query), { page, pageSize });
  const body = {
    items: items.map((member) => toMemberView(member, language)),
    total, page, pageSize, pageCount: pageCount(total, pageSize),
  };
  return sendJsonRead(c, deps, body, { request: requestKey(c, query), localised: true });
};

/** `GET /v1/members/{id}` */
export const getMember = (deps: AppDeps): AppRouteHandler<typeof getMemberRoute> => async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const member = await deps.store.members.get(id);
  if (!member) return notFound(`There is no member with id "${id}".`, c.req.path);
  const { language } = await readContext(c, deps);
  return sendJsonRead(c, deps, toMemberView(member, language), { request: requestKey(c, query), localised: true });
};

/** `GET /v1/members.geojson` */
export const membersGeoJson = (deps: AppDeps): AppRouteHandler<typeof membersGeoJsonRoute> => async (c) => {
  const query = c.req.valid('query');
  const { language } = await readContext(c, deps);
  const { items } = await deps.store.members.list(memberFilter(query));
  const collection = toMemberFeatureCollection(items, language);
  return sendJsonRead(c, deps, collection, { request: requestKey(c, query), localised: true, contentType: GEOJSON_MEDIA_TYPE });
};
