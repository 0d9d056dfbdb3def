/** The live data behind an answer as compact cards: members, events and resources (hotlines first of all). */
import { html, nothing, type TemplateResult } from 'lit';
import { eventCalendarUrl, type ApiClient } from '@thb/client';
import type { ChatItem, EventView, MemberView, ResourceView } from '@thb/schema';
import type { Season } from '@thb/schema/time';
import { describeEventDate } from '../event-list/event-dates.ts';
import { isolated } from '../internal/display-text.ts';
import { countryName } from '../internal/intl.ts';
import { safeHref, telHref } from '../internal/safe-href.ts';
import type { Strings } from '../internal/strings.ts';
import type { ChatKey } from './chat.strings.ts';

/** What the cards need besides the items. */
export interface CardContext {
  strings: Strings<ChatKey>;
  client: ApiClient;
}

/** A title that links only where `safeHref` allows. */
function titleLink(title: string, url: string | undefined): TemplateResult {
  const href = safeHref(url);
  return html`<span class="card-title">${href ? html`<a part="link" href=${href}>${isolated(title)}</a>` : isolated(title)}</span>`;
}

function memberCard(member: MemberView, { strings }: CardContext): TemplateResult {
  return html`${titleLink(member.name, member.website)}
    <span class="muted">${isolated(member.city)}, ${countryName(member.country, strings.locale)}</span>`;
}

function eventCard(event: EventView, { strings, client }: CardContext): TemplateResult {
  const { t } = strings;
  const seasonYear = (season: Season, year: number) => t('seasonYear', { season: t(`season.${season}`), year });
  const date = describeEventDate(event, strings.locale, seasonYear);
  const place = event.place ? html` · ${isolated(event.place.city)}, ${countryName(event.place.country, strings.locale)}` : '';
  return html`${titleLink(event.title, event.status === 'cancelled' ? undefined : event.registrationUrl)}
    <span class="muted"><time datetime=${date.datetime}>${date.text}</time>${place}</span>
    ${event.status === 'cancelled' ? nothing : html`<a part="link" href=${eventCalendarUrl(client, event.id)} download>${t('addToCalendar')}<span class="sr-only">: ${isolated(event.title)}</span></a>`}`;
}

function resourceCard(resource: ResourceView, { strings }: CardContext): TemplateResult {
  const hotline = resource.hotline;
  const tel = hotline && telHref(hotline.phone);
  return html`${titleLink(resource.title, resource.url)}
    ${hotline ? html`<span>${tel ? html`<a class="tel" part="link tel" href=${tel}>${strings.t('call', { phone: hotline.phone })}</a>` : hotline.phone}
      <span class="muted">${isolated(hotline.hours)}</span></span>` : nothing}`;
}

/**
 * The cards of an answer's items, or nothing. Every text goes through a binding (data text
 * isolated, without direction controls), every link through the safe-href helpers.
 */
export function chatCards(items: readonly ChatItem[] | undefined, context: CardContext): TemplateResult | typeof nothing {
  if (!items?.length) return nothing;
  return html`<ul class="cards">${items.map((item) => html`<li class="card" part="card" data-kind=${item.kind}>${
    item.kind === 'member' ? memberCard(item.member, context) : item.kind === 'event' ? eventCard(item.event, context) : resourceCard(item.resource, context)
  }</li>`)}</ul>`;
}
