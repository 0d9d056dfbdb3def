/** One event in the list: date in the visitor's zone, status, format, place and its links. */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventView } from '@thb/schema';
import type { Season } from '@thb/schema/time';
import { isolated } from '../internal/display-text.ts';
import { countryName, languageName } from '../internal/intl.ts';
import { safeHref } from '../internal/safe-href.ts';
import type { Strings } from '../internal/strings.ts';
import { describeEventDate } from './event-dates.ts';
import type { EventListKey } from './event-list.strings.ts';

/** What an event item needs besides the event. */
export interface EventItemContext {
  strings: Strings<EventListKey>;
  headingLevel: number;
  compact: boolean;
  calendarUrl: (id: string) => string;
}

/** The date line and group of an event, in the context's language. */
export function eventDate(event: EventView, strings: Strings<EventListKey>) {
  const seasonYear = (season: Season, year: number) =>
    strings.t('seasonYear', { season: strings.t(`season.${season}`), year });
  return describeEventDate(event, strings.locale, seasonYear);
}

/** Renders one event. Every data text goes through `isolated`; links only through `safeHref`. */
export function eventItem(event: EventView, { strings, headingLevel, compact, calendarUrl }: EventItemContext): TemplateResult {
  const { t } = strings;
  const date = eventDate(event, strings);
  const cancelled = event.status === 'cancelled';
  const place = event.place ? [event.place.name, event.place.city, countryName(event.place.country, strings.locale)].filter(Boolean).join(', ') : '';
  const languages = new Intl.ListFormat(strings.locale, { type: 'conjunction' }).format(
    event.languages.map((code) => languageName(code, strings.locale)),
  );
  const title = isolated(event.title);
  const register = !cancelled && safeHref(event.registrationUrl);
  const join = !cancelled && safeHref(event.onlineUrl);
  return html`<li class="event" part="event" data-status=${event.status}>
    <div class="title" role="heading" aria-level=${Math.min(headingLevel + 1, 6)}>
      ${cancelled ? html`<s>${title}</s>` : title}
      ${event.status === 'confirmed' ? nothing : html`<span class="badge status" part="badge status">${t(event.status)}</span>`}
    </div>
    <p class="when"><time datetime=${date.datetime}>${date.text}</time>${date.local
      ? html`<span class="muted local">${t('eventTime', { time: date.local })}</span>` : nothing}</p>
    <p class="meta">
      <span class="badge" part="badge">${t(`kind.${event.kind}`)}</span>
      <span class="badge" part="badge">${t(`format.${event.format}`)}</span>
      ${place ? html`<span>${isolated(place)}</span>` : nothing}
    </p>
    ${compact ? nothing : html`<p class="description">${isolated(event.description)}</p>
      <p class="muted">${t('languages', { languages })} · ${isolated(event.organiser.name)}</p>`}
    <p class="links">
      ${register ? html`<a part="link" href=${register}>${t('register')}<span class="sr-only">: ${title}</span></a>` : nothing}
      ${join ? html`<a part="link" href=${join}>${t('join')}<span class="sr-only">: ${title}</span></a>` : nothing}
      ${cancelled ? nothing : html`<a part="link" href=${calendarUrl(event.id)} download>${t('addToCalendar')}<span class="sr-only">: ${title}</span></a>`}
    </p>
  </li>`;
}
