/** `next-event`: the next upcoming events, with their status and how exactly their date is known. */
import type { ChatItem } from '@thb/schema';
import type { StoredEvent } from '@thb/store';
import { countryName } from '@thb/text';
import { eventWhen } from './event-dates.ts';
import type { LiveAnswer, LiveContext } from './live-context.ts';
import { fillTemplate } from '@thb/text';
import { eventView, organisationNames } from './views.ts';

/** Events listed at most: enough to plan, short enough for a phone. */
const MAX_EVENTS = 3;

/** Where an event happens, in the visitor's language. */
function placePhrase(stored: StoredEvent, context: LiveContext): string {
  const { event } = stored;
  const strings = context.language.pack.strings;
  const place = event.place ? `${event.place.city}, ${countryName(event.place.country, context.language.code)}` : '';
  if (event.format === 'online') return strings.eventPlace.online;
  return fillTemplate(event.format === 'hybrid' ? strings.eventPlace.hybrid : strings.eventPlace.inPerson, { place });
}

/** The next events (of the kind the message names, if any such event is upcoming). */
export async function answerNextEvent(context: LiveContext): Promise<LiveAnswer> {
  const { store, language, entities, now, pages } = context;
  const strings = language.pack.strings;
  const upcoming = await store.events.list({ when: 'upcoming', now }, { page: 1, pageSize: 20 });
  const open = upcoming.items.filter((stored) => stored.event.status !== 'cancelled');
  const ofKind = open.filter((stored) => stored.event.kind === entities.eventKind);
  const events = (ofKind.length > 0 ? ofKind : open).slice(0, MAX_EVENTS);
  const link = pages.events ? fillTemplate(strings.eventListLink, { url: pages.events }) : '';
  if (events.length === 0) return { text: [strings.noUpcomingEvents, link].filter(Boolean).join('\n\n'), items: [] };
  const names = await organisationNames(store, events.map((stored) => stored.event.organiser), language.code);
  const views = events.map((stored) => eventView(stored, language.code, names));
  const lines = events.map((stored, index) => fillTemplate(strings.eventLine, {
    title: views[index]!.title, when: eventWhen(stored, language.pack.dateLocale, strings), place: placePhrase(stored, context),
  }));
  const items: ChatItem[] = views.map((event) => ({ kind: 'event', event }));
  return { text: [[strings.nextEventsIntro, ...lines].join('\n'), link].filter(Boolean).join('\n\n'), items };
}
