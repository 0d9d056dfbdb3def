/**
 * `<thb-portal-announcement-links>`: the events and resources an announcement links to. Lists
 * the linked ones with a remove button each, and finds more: upcoming events by words in their
 * title, resources by the API's full-text search.
 * @fires thb-links-change - the lists changed; `detail` has `eventIds`, `resourceIds` and the shown `items`
 */
import { css, html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { linkedItems, type LinkedItem } from '../../internal/linked-items.ts';
import { announcementsCatalogue, type AnnouncementsKey } from './announcements.strings.ts';

/** What `thb-links-change` carries. */
export interface LinksChange {
  eventIds: string[];
  resourceIds: string[];
  items: LinkedItem[];
}

type Kind = 'event' | 'resource';
const RESULTS = 10;

/** The link picker. @summary Link events and resources to an announcement. */
export class ThbPortalAnnouncementLinks extends PortalElement<AnnouncementsKey> {
  static override styles = [...PortalElement.styles, screenStyles, css`
    ul { padding-inline-start: 1.2em; }
    li { margin-block: 0.25em; }
    li button { margin-inline-start: 0.5em; }
    form { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: end; max-width: none; margin-block: 0.5em; }
    form label { flex: 1 1 12em; }
    h2 { font-size: 1.2em; margin: 0; }
  `];
  static override properties = {
    ...PortalElement.properties,
    eventIds: { attribute: false }, resourceIds: { attribute: false },
    items: { state: true }, found: { state: true },
  };
  declare eventIds: string[];
  declare resourceIds: string[];
  declare items: LinkedItem[];
  declare found: Partial<Record<Kind, LinkedItem[]>>;
  #shownFor = '';

  constructor() {
    super(announcementsCatalogue);
    this.eventIds = [];
    this.resourceIds = [];
    this.items = [];
    this.found = {};
  }

  protected override willUpdate(): void {
    // The titles follow the ids given and the reader's language.
    const key = JSON.stringify([this.eventIds, this.resourceIds, this.strings.lang]);
    if (key === this.#shownFor) return;
    this.#shownFor = key;
    void linkedItems(this.eventIds, this.resourceIds, this.strings.lang).then((items) => {
      if (key === this.#shownFor) this.items = items;
    });
  }

  #change(eventIds: string[], resourceIds: string[]): void {
    this.eventIds = eventIds;
    this.resourceIds = resourceIds;
    this.updateComplete.then(() => linkedItems(eventIds, resourceIds, this.strings.lang)).then((items) => {
      this.dispatchEvent(new CustomEvent<LinksChange>('thb-links-change', { detail: { eventIds, resourceIds, items }, bubbles: true, composed: true }));
    }, () => undefined);
  }

  async #find(event: SubmitEvent, kind: Kind): Promise<void> {
    event.preventDefault();
    const words = new FormData(event.target as HTMLFormElement).get('q')?.toString().trim() ?? '';
    const lang = encodeURIComponent(this.strings.lang);
    const path = kind === 'event'
      ? `/v1/events?when=upcoming&pageSize=100&lang=${lang}`
      : `/v1/resources?pageSize=${RESULTS}&lang=${lang}${words ? `&q=${encodeURIComponent(words)}` : ''}`;
    let items: { id: string; title: string; startsAt?: string }[] = [];
    try {
      const response = await fetch(path, { headers: { accept: 'application/json' } });
      if (response.ok) items = ((await response.json()) as { items: typeof items }).items;
    } catch {
      items = [];
    }
    // Events have no text search: their titles are matched word by word here.
    const wanted = kind === 'event' ? words.toLocaleLowerCase(this.strings.lang).split(/\s+/).filter(Boolean) : [];
    const linked = new Set(kind === 'event' ? this.eventIds : this.resourceIds);
    this.found = {
      ...this.found,
      [kind]: items.filter((i) => !linked.has(i.id) && wanted.every((w) => i.title.toLocaleLowerCase(this.strings.lang).includes(w)))
        .slice(0, RESULTS).map((i) => ({ kind, id: i.id, title: i.title, href: undefined, startsAt: i.startsAt })),
    };
  }

  #add(item: LinkedItem): void {
    this.found = { ...this.found, [item.kind]: this.found[item.kind]?.filter((i) => i.id !== item.id) };
    if (item.kind === 'event') this.#change([...this.eventIds, item.id], this.resourceIds);
    else this.#change(this.eventIds, [...this.resourceIds, item.id]);
  }

  #remove(item: LinkedItem): void {
    if (item.kind === 'event') this.#change(this.eventIds.filter((id) => id !== item.id), this.resourceIds);
    else this.#change(this.eventIds, this.resourceIds.filter((id) => id !== item.id));
  }

  #finder(kind: Kind) {
    const { t } = this.strings;
    const found = this.found[kind];
    const label = t(kind === 'event' ? 'ann.find.event' : 'ann.find.resource');
    // Two search landmarks on one page: each is named after what it finds.
    return html`<form role="search" aria-label=${label} @submit=${(event: SubmitEvent) => void this.#find(event, kind)}>
        <label>${label}<input name="q" type="search" maxlength="200"></label>
        <button type="submit">${t('ann.find')}</button>
      </form>
      ${found === undefined ? nothing : found.length === 0 ? html`<p role="status">${t('ann.find.none')}</p>`
        : html`<ul aria-live="polite">${found.map((item) => html`<li><button type="button" @click=${() => this.#add(item)}>${t('ann.find.add', { title: item.title })}</button></li>`)}</ul>`}`;
  }

  override render() {
    const { t, lang } = this.strings;
    const label = (item: LinkedItem) => t(item.kind === 'event' ? 'ann.links.event' : 'ann.links.resource', { title: item.title });
    return html`<div class="root" lang=${lang}>
      <h2>${t('ann.links')}</h2>
      ${this.items.length === 0 ? html`<p class="muted">${t('ann.links.none')}</p>` : html`<ul>${this.items.map((item) => html`<li>${label(item)}
        <button type="button" @click=${() => this.#remove(item)}>${t('ann.links.remove', { title: item.title })}</button></li>`)}</ul>`}
      ${this.#finder('event')}
      ${this.#finder('resource')}
    </div>`;
  }
}

if (!customElements.get('thb-portal-announcement-links')) customElements.define('thb-portal-announcement-links', ThbPortalAnnouncementLinks);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-announcement-links': ThbPortalAnnouncementLinks;
  }
}
