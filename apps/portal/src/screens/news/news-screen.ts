/**
 * `<thb-portal-news>`: the announcements the signed-in person receives (`GET /v1/me/announcements`,
 * the published ones whose audience includes one of their organisations), newest first, in the
 * portal's language; a text the secretariat did not translate shows in its original language,
 * marked as such and with its `lang`. Read again when the language changes.
 */
import { css, html, nothing } from 'lit';
import type { NewsItem, NewsList } from '@thb/schema';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { linkedItemList, linkedItems, type LinkedItem } from '../../internal/linked-items.ts';
import { plainTextParagraphs } from '../../internal/plain-text.ts';
import { newsCatalogue, type NewsKey } from './news.strings.ts';

const PAGE_SIZE = 10;

/** The news screen. @summary What the secretariat announced to my organisation. */
export class ThbPortalNews extends PortalElement<NewsKey> {
  static override styles = [...PortalElement.styles, screenStyles, css`
    ol.news { list-style: none; padding: 0; display: grid; gap: 1.5em; max-width: 45em; }
    article { border-top: 1px solid var(--_soft); padding-top: 0.75em; overflow-wrap: anywhere; }
    article h2 { font-size: 1.25em; margin: 0 0 0.25em; }
    .plain-text { white-space: pre-line; }
    .pager { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
  `];
  static override properties = { ...PortalElement.properties, list: { state: true }, links: { state: true }, page: { state: true }, failed: { state: true } };
  declare list: NewsList | undefined;
  declare links: Map<string, LinkedItem[]>;
  declare page: number;
  declare failed: boolean;
  #loaded = '';

  constructor() {
    super(newsCatalogue);
    this.links = new Map();
    this.page = 1;
    this.failed = false;
  }

  protected override willUpdate(): void {
    const key = `${this.strings.lang}:${this.page}`;
    if (key !== this.#loaded) {
      this.#loaded = key;
      void this.#load(key);
    }
  }

  async #load(key: string): Promise<void> {
    const lang = this.strings.lang;
    try {
      const response = await fetch(`/v1/me/announcements?lang=${encodeURIComponent(lang)}&page=${this.page}&pageSize=${PAGE_SIZE}`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const list = (await response.json()) as NewsList;
      if (key !== this.#loaded) return;
      this.list = list;
      this.failed = false;
      const links = await Promise.all(list.items.map(async (item) => [item.id, await linkedItems(item.eventIds, item.resourceIds, lang)] as const));
      if (key === this.#loaded) this.links = new Map(links);
    } catch {
      if (key === this.#loaded) this.failed = true;
    }
  }

  #item(item: NewsItem) {
    const { t, lang } = this.strings;
    const languageName = new Intl.DisplayNames([lang], { type: 'language' });
    const untranslated = item.title.lang !== lang || item.text.lang !== lang;
    return html`<li><article aria-labelledby="n-${item.id}">
      <h2 id="n-${item.id}" lang=${item.title.lang}>${item.title.value}</h2>
      <p class="muted"><time datetime=${item.publishedAt}>${t('news.published', { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(item.publishedAt)) })}</time></p>
      ${untranslated ? html`<p class="muted original">${t('news.original', { language: languageName.of(item.text.lang) ?? item.text.lang })}</p>` : nothing}
      <div lang=${item.text.lang}>${plainTextParagraphs(item.text.value)}</div>
      ${linkedItemList(this.links.get(item.id) ?? [], lang, (kind, title) => t(kind === 'event' ? 'news.event' : 'news.resource', { title }))}
    </article></li>`;
  }

  #pager(list: NewsList) {
    const { t } = this.strings;
    if (list.pageCount <= 1) return nothing;
    return html`<nav class="pager" aria-label=${t('news.pages')}>
      <button type="button" ?disabled=${list.page <= 1} @click=${() => { this.page = list.page - 1; }}>${t('news.previous')}</button>
      <span>${t('news.pageOf', { page: list.page, pages: list.pageCount })}</span>
      <button type="button" ?disabled=${list.page >= list.pageCount} @click=${() => { this.page = list.page + 1; }}>${t('news.next')}</button>
    </nav>`;
  }

  override render() {
    const { t, lang } = this.strings;
    const list = this.list;
    return html`<div class="root" lang=${lang}>
      <h1>${t('news.title')}</h1>
      <p>${t('news.intro')} <a href="/portal/notifications">${t('news.notifications')}</a></p>
      ${this.failed ? html`<p role="alert">${t('error.network')}</p>`
        : !list ? html`<p role="status">${t('loading')}</p>`
        : list.items.length === 0 ? html`<p>${t('news.none')}</p>`
        : html`<ol class="news">${list.items.map((item) => this.#item(item))}</ol>${this.#pager(list)}`}
    </div>`;
  }
}

if (!customElements.get('thb-portal-news')) customElements.define('thb-portal-news', ThbPortalNews);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-news': ThbPortalNews;
  }
}
