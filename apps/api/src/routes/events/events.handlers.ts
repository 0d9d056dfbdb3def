/** Handlers of the event reads. */
import type { Context } from 'hono';
import { ItemQuery, type EuLanguage } from '@thb/schema';
import type { StoredEvent } from '@thb/store';
import { IdParams } from '../../lib/openapi.ts';
import { organisationNames } from '../../lib/organisations.ts';
import { invalidParameters, notFound } from '../../lib/problem.ts';
import { readContext } from '../../lib/read-context.ts';
import { sendJsonRead, sendRead } from '../../lib/read-response.ts';
import { pageCount, requestKey } from '../../lib/request-key.ts';
import { queryObject } from '../../lib/query-object.ts';
import type { AppDeps, AppEnv, AppRouteHandler } from '../../lib/types.ts';
import { CALENDAR_MEDIA_TYPE, buildCalendar } from './events.calendar.ts';
import type { eventsCalendarRoute, getEventRoute, listEventsRoute } from './events.routes.ts';
import { clockBucket, eventFilter, toEventView } from './events.views.ts';

async function toViews(deps: AppDeps, events: readonly StoredEvent[], language: EuLanguage) {
  const organiserOf = await organisationNames(deps.store, events.map((e) => e.event.organiser), language);
  return events.map((stored) => toEventView(stored, language, organiserOf));
}

/** `GET /v1/events` */
export const listEvents = (deps: AppDeps): AppRouteHandler<typeof listEventsRoute> => async (c) => {
  const query = c.req.valid('query');
  const { language } = await readContext(c, deps);
  const clock = clockBucket(deps.now());
  const { page, pageSize } = query;
  const { items, total } = await deps.store.events.list(eventFilter(query, clock.now), { page, pageSize });
  const body = {
    items: await toViews(deps, items, language),
    total, page, pageSize, pageCount: pageCount(total, pageSize),
  };
  const request = `${requestKey(c, query)}@${clock.now.getTime()}`;
  return sendJsonRead(c, deps, body, { request, localised: true, expiresAt: clock.expiresAt });
};

/** `GET /v1/events.ics` */
export const eventsCalendar = (deps: AppDeps): AppRouteHandler<typeof eventsCalendarRoute> => async (c) => {
  const query = c.req.valid('query');
  const { language } = await readContext(c, deps);
  const clock = clockBucket(deps.now());
  const { items } = await deps.store.events.list(eventFilter(query, clock.now));
  const body = buildCalendar(await toViews(deps, items, language), { language });
  const request = `${requestKey(c, query)}@${clock.now.getTime()}`;
  return sendRead(c, deps, { body, contentType: CALENDAR_MEDIA_TYPE, request, localised: true, expiresAt: clock.expiresAt });
};

/** `GET /v1/events/{id}` */
export const getEvent = (deps: AppDeps): AppRouteHandler<typeof getEventRoute> => async (c) => {
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const stored = await deps.store.events.get(id);
  if (!stored) return notFound(`There is no event with id "${id}".`, c.req.path);
  const { language } = await readContext(c, deps);
  const [view] = await toViews(deps, [stored], language);
  return sendJsonRead(c, deps, view!, { request: requestKey(c, query), localised: true });
};

/** `GET /v1/events/{id}.ics`: validated here, as it is routed outside zod-openapi (see the route). */
export const eventCalendar = (deps: AppDeps) => async (c: Context<AppEnv>): Promise<Response> => {
  const file = c.req.param('file') ?? '';
  const params = IdParams.safeParse({ id: file.slice(0, -'.ics'.length) });
  if (!params.success) return invalidParameters(params.error, 'param', c.req.path);
  const query = ItemQuery.safeParse(queryObject(c));
  if (!query.success) return invalidParameters(query.error, 'query', c.req.path);
  const { id } = params.data;
  const stored = await deps.store.events.get(id);
  if (!stored) return notFound(`There is no event with id "${id}".`, c.req.path);
  const { language } = await readContext(c, deps);
  const [view] = await toViews(deps, [stored], language);
  const body = buildCalendar([view!], { language, name: view!.title });
  return sendRead(c, deps, { body, contentType: CALENDAR_MEDIA_TYPE, request: requestKey(c, query.data), localised: true });
};
