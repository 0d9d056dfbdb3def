/** The event reads as one router. */
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps } from '../../lib/types.ts';
import { eventCalendar, eventsCalendar, getEvent, listEvents } from './events.handlers.ts';
import {
  eventCalendarPath, eventCalendarRoute, eventsCalendarRoute, getEventRoute, listEventsRoute,
} from './events.routes.ts';

/**
 * `/v1/events`, `/v1/events.ics`, `/v1/events/{id}` and `/v1/events/{id}.ics`.
 * @example app.route('/', eventsRouter(deps));
 */
export function eventsRouter(deps: AppDeps) {
  const router = createRouter()
    .openapi(listEventsRoute, listEvents(deps))
    .openapi(eventsCalendarRoute, eventsCalendar(deps));
  // Registered before `/v1/events/{id}`, which would otherwise take `x.ics` as an id.
  router.openAPIRegistry.registerPath(eventCalendarRoute);
  router.get(eventCalendarPath, eventCalendar(deps));
  return router.openapi(getEventRoute, getEvent(deps));
}
