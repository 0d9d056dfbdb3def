/** Route definitions of the event reads: JSON lists and items, iCalendar feed and items. */
import { createRoute, z } from '@hono/zod-openapi';
import { EventPage, EventView, EventsQuery, ItemQuery } from '@thb/schema';
import { IdParams, notModified, problemResponses, readHeaders } from '../../lib/openapi.ts';

const tags = ['Events'];

/** The iCalendar feed takes the list's filters, without paging: a calendar holds every match. */
export const EventsCalendarQuery = EventsQuery.omit({ page: true, pageSize: true });

const calendarContent = {
  'text/calendar': { schema: z.string().meta({ description: 'An RFC 5545 iCalendar document' }) },
};

/** `GET /v1/events` */
export const listEventsRoute = createRoute({
  method: 'get',
  path: '/v1/events',
  tags,
  summary: 'List events',
  description:
    'Upcoming events first (soonest first), then past ones (latest first). `from`/`to` take a date ' +
    '(read in UTC; `to` includes that day) or an instant. An event counts as upcoming until it has ended.',
  request: { query: EventsQuery },
  responses: {
    200: { description: 'A page of events', headers: readHeaders, content: { 'application/json': { schema: EventPage } } },
    ...notModified,
    ...problemResponses(400),
  },
});

/** `GET /v1/events.ics` */
export const eventsCalendarRoute = createRoute({
  method: 'get',
  path: '/v1/events.ics',
  tags,
  summary: 'Subscribe to events (iCalendar)',
  description: 'A subscribable calendar of every event matching the same filters as `/v1/events`.',
  request: { query: EventsCalendarQuery },
  responses: {
    200: { description: 'The calendar', headers: readHeaders, content: calendarContent },
    ...notModified,
    ...problemResponses(400),
  },
});

/** `GET /v1/events/{id}` */
export const getEventRoute = createRoute({
  method: 'get',
  path: '/v1/events/{id}',
  tags,
  summary: 'Get one event',
  request: { params: IdParams, query: ItemQuery },
  responses: {
    200: { description: 'The event', headers: readHeaders, content: { 'application/json': { schema: EventView } } },
    ...notModified,
    ...problemResponses(400, 404),
  },
});

/**
 * `GET /v1/events/{id}.ics`. Documented here; routed by `eventCalendarPath`, since Hono reads
 * `:id.ics` as a parameter named `id.ics`.
 */
export const eventCalendarRoute = createRoute({
  method: 'get',
  path: '/v1/events/{id}.ics',
  tags,
  summary: 'One event as iCalendar',
  description: 'For "add to calendar" links.',
  request: { params: IdParams, query: ItemQuery },
  responses: {
    200: { description: 'A calendar with this event', headers: readHeaders, content: calendarContent },
    ...notModified,
    ...problemResponses(400, 404),
  },
});

/** The Hono pattern for `/v1/events/{id}.ics`; the `.ics` suffix is part of the parameter. */
export const eventCalendarPath = '/v1/events/:file{[^/]+\\.ics}';
