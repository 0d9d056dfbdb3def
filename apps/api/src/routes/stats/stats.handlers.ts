/** Handler of the platform statistics. */
import { sendJsonRead } from '../../lib/read-response.ts';
import type { AppDeps, AppRouteHandler } from '../../lib/types.ts';
import type { statsRoute } from './stats.routes.ts';

/** `GET /v1/stats`: language-independent, so one cached body serves every language. */
export const stats = (deps: AppDeps): AppRouteHandler<typeof statsRoute> => async (c) => {
  const [members, resources, events] = await Promise.all([
    deps.store.members.counts(), deps.store.resources.count(), deps.store.events.count(),
  ]);
  const body = {
    members: members.total, resources, events,
    byCountry: members.byCountry, byFocus: members.byFocus, byScope: members.byScope,
  };
  return sendJsonRead(c, deps, body, { request: c.req.path });
};
