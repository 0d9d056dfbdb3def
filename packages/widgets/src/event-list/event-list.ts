/** `<thb-event-list>`: the platform's upcoming and past events, grouped by month. */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { calendarFeedUrl, eventCalendarUrl, eventsQuery, keepPreviousData } from '@thb/client';
import type { EventPage, EventView } from '@thb/schema';
import type { EventFormat, EventKind } from '@thb/schema/enums';
import { ThbFilterChangeEvent } from '../events/thb-filter-change.ts';
import { pager } from '../internal/pager.ts';
import { emptyState, errorState, loadingState } from '../internal/states.ts';
import { ThbElement } from '../internal/thb-element.ts';
import { eventDate, eventItem } from './event-item.ts';
import { eventListStyles } from './event-list.styles.ts';
import { EVENT_FORMATS, EVENT_KINDS, eventListStrings, type EventListKey } from './event-list.strings.ts';

const PAGE_SIZE = 20;

/**
 * Upcoming and past events of the platform, grouped by month, with "add to calendar" links
 * and a subscription to the calendar feed.
 *
 * @summary The platform's events: upcoming and past, filterable, with calendar links.
 * @attr when - `upcoming` (default) or `past`.
 * @attr kind - Preset filter: `platform-meeting`, `webinar`, `training` or `conference`.
 * @attr format - Preset filter: `in-person`, `online` or `hybrid`.
 * @attr limit - Show only the next N upcoming events in a compact box, without tabs or filters.
 * @fires {ThbFilterChangeEvent<EventListFilterDetail>} thb-filter-change - The visitor changed tab or filters; `detail` is `{ when, kind, format }`.
 * @csspart base - The element's frame.
 * @csspart toolbar - The tabs and filters.
 * @csspart group - A month (or season) of events.
 * @csspart event - One event.
 * @csspart badge - Kind, format and status badges.
 * @csspart link - Registration, online and calendar links.
 * @csspart subscribe - The calendar subscription link.
 * @csspart button - Buttons.
 * @csspart state - Loading, empty and error messages.
 * @csspart pager - The paging controls.
 */
export class ThbEventList extends ThbElement<EventListKey> {
  static override properties: PropertyDeclarations = {
    when: { reflect: true },
    kind: {},
    format: {},
    limit: { type: Number },
  };
  static override styles = [...ThbElement.styles, eventListStyles];

  declare when: 'upcoming' | 'past';
  declare kind: EventKind | undefined;
  declare format: EventFormat | undefined;
  declare limit: number | undefined;

  /** The page of the list; state, not an attribute. */
  #page = 1;
  readonly #events = this.query(() =>
    ({ ...eventsQuery(this.client, this.#params()), placeholderData: keepPreviousData }),
  );

  constructor() {
    super(eventListStrings);
    this.when = 'upcoming';
  }

  #params() {
    const compact = this.limit !== undefined && this.limit > 0;
    return {
      when: compact ? ('upcoming' as const) : this.when,
      kind: this.kind,
      format: this.format,
      lang: this.contentLanguage,
      page: compact ? 1 : this.#page,
      pageSize: compact ? Math.min(this.limit!, 100) : PAGE_SIZE,
    };
  }

  #change(patch: Partial<Pick<ThbEventList, 'when' | 'kind' | 'format'>>): void {
    Object.assign(this, patch);
    this.#page = 1;
    this.dispatchEvent(new ThbFilterChangeEvent({ when: this.when, kind: this.kind, format: this.format }));
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const compact = this.limit !== undefined && this.limit > 0;
    const result = this.#events.result;
    const data = result?.data;
    return html`<div class="root" part="base" lang=${strings.lang} aria-busy=${result?.isFetching ? 'true' : 'false'}>
      ${compact ? nothing : this.#toolbar()}
      <p class="sr-only" role="status">${data ? strings.plural('count', data.total) : ''}</p>
      ${data ? this.#list(data, compact) : result?.isError ? errorState(strings, () => this.#events.refetch()) : loadingState(strings)}
      <p class="feed"><a part="subscribe" href=${calendarFeedUrl(this.client, { kind: this.kind, format: this.format, lang: this.contentLanguage })}>${strings.t('subscribe')}</a></p>
    </div>`;
  }

  #toolbar(): TemplateResult {
    const { t } = this.strings;
    const select = (name: 'kind' | 'format', values: readonly string[], all: EventListKey) => html`
      <label class="field"><span>${t(name)}</span>
        <select @change=${(e: Event) => this.#change({ [name]: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="" ?selected=${!this[name]}>${t(all)}</option>
          ${values.map((value) => html`<option value=${value} ?selected=${this[name] === value}>${t(`${name}.${value}` as EventListKey)}</option>`)}
        </select>
      </label>`;
    return html`<div class="toolbar" part="toolbar">
      <div class="tabs" role="group" aria-label=${t('label')}>
        ${(['upcoming', 'past'] as const).map((when) => html`<button type="button" part="button" aria-pressed=${this.when === when ? 'true' : 'false'} @click=${() => this.#change({ when })}>${t(when)}</button>`)}
      </div>
      ${select('kind', EVENT_KINDS, 'allKinds')}
      ${select('format', EVENT_FORMATS, 'allFormats')}
    </div>`;
  }

  #list(data: EventPage, compact: boolean): TemplateResult {
    const strings = this.strings;
    if (data.items.length === 0) {
      const filtered = this.kind || this.format;
      return emptyState(
        strings.t(filtered ? 'noMatch' : this.when === 'past' && !compact ? 'noPast' : 'noUpcoming'),
        filtered && !compact ? html`<button type="button" part="button" @click=${() => this.#change({ kind: undefined, format: undefined })}>${strings.t('clearFilters')}</button>` : undefined,
      );
    }
    const context = { strings, headingLevel: this.headingLevel, compact, calendarUrl: (id: string) => eventCalendarUrl(this.client, id) };
    return html`${groupByMonth(data.items, (event) => eventDate(event, strings).group).map(([group, events]) => html`
      <section class="group" part="group">
        <div class="month" role="heading" aria-level=${this.headingLevel}>${group}</div>
        <ul>${events.map((event) => eventItem(event, context))}</ul>
      </section>`)}
      ${compact ? nothing : pager(strings, data.page, data.pageCount, (page) => {
        this.#page = page;
        this.requestUpdate();
      })}`;
  }
}

/** Consecutive events under the same month or season heading, in the API's order. */
function groupByMonth(events: EventView[], groupOf: (event: EventView) => string): [string, EventView[]][] {
  const groups: [string, EventView[]][] = [];
  for (const event of events) {
    const group = groupOf(event);
    const last = groups[groups.length - 1];
    if (last && last[0] === group) last[1].push(event);
    else groups.push([group, [event]]);
  }
  return groups;
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-event-list': ThbEventList;
  }
}
