/** Typed options and calendar links for the events. */
import type { EventPage, EventsQuery } from '@thb/schema';
import type { ApiClient } from './api-client.ts';
import { apiQuery, type ApiQueryOptions } from './queries.ts';

/**
 * `GET /v1/events`: a page of events (upcoming soonest first, past most recent first).
 * @example eventsQuery(api, { when: 'upcoming', pageSize: 3 })
 */
export function eventsQuery(api: ApiClient, query: Partial<EventsQuery>): ApiQueryOptions<EventPage> {
  return apiQuery(api, '/v1/events', query);
}

/**
 * The iCalendar file of one event, for an "add to calendar" link.
 * @example eventCalendarUrl(api, 'platform-meeting-2026-12') // 'https://…/v1/events/platform-meeting-2026-12.ics'
 */
export function eventCalendarUrl(api: ApiClient, id: string): string {
  return api.url(`/v1/events/${encodeURIComponent(id)}.ics`);
}

/**
 * The calendar feed to subscribe to, filtered like the list.
 * @example calendarFeedUrl(api, { kind: 'webinar' })
 */
export function calendarFeedUrl(api: ApiClient, query: { kind?: string | undefined; format?: string | undefined; lang?: string | undefined } = {}): string {
  return api.url('/v1/events.ics', query);
}
