/** `<thb-resource-finder>`: search the platform's guides, reports, hotlines and more. */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keepPreviousData, resourcesQuery } from '@thb/client';
import type { ResourceFilters, ResourcePage } from '@thb/schema';
import { ThbSearchEvent } from '../events/thb-search.ts';
import { pager } from '../internal/pager.ts';
import { emptyState, errorState, loadingState } from '../internal/states.ts';
import { ThbElement } from '../internal/thb-element.ts';
import { facetSelect, filterLabel } from './facets.ts';
import { searchStems } from './highlight.ts';
import { resourceFinderStyles } from './resource-finder.styles.ts';
import { resourceFinderStrings, type ResourceFinderKey } from './resource-finder.strings.ts';
import { resourceResult } from './resource-result.ts';
import { FILTERS, readUrlState, writeUrlState, type Filter, type FinderState } from './url-state.ts';

/** How long typing pauses before the search runs. */
const DEBOUNCE_MS = 300;

/**
 * A search over the platform's resources with facet filters and highlighted matches.
 *
 * @summary Search box, facet filters with counts and highlighted results for the platform's resources.
 * @attr q - Preset search words.
 * @attr type - Preset type filter (`guide`, `report`, `toolkit`, `legislation`, `hotline`, `training`, `video`, `website`).
 * @attr topic - Preset topic filter (a focus area or e.g. `prevention`).
 * @attr language - Preset filter: language the resource exists in (ISO 639-1).
 * @attr country - Preset filter: country it applies to (ISO 3166-1 alpha-2; EU-wide resources always match).
 * @attr audience - Preset audience filter (`victims`, `practitioners`, `public`, `policy-makers`, `children`).
 * @attr page-size - Results per page (default 10).
 * @attr sync-url - Keep the search in the page URL (`?thb-q=…`), so it can be bookmarked and shared.
 * @fires {ThbSearchEvent} thb-search - The visitor changed the search; `detail` is `{ q, type, topic, language, country, audience, page }`.
 * @csspart base - The element's frame.
 * @csspart search - The search form.
 * @csspart facets - The filter selects.
 * @csspart count - The result count (also announced to screen readers).
 * @csspart result - One result.
 * @csspart mark - A highlighted search word.
 * @csspart badge - Type and language badges.
 * @csspart link - Result links.
 * @csspart hotline - A hotline's number, hours and languages.
 * @csspart button - Buttons.
 * @csspart state - Loading, empty and error messages.
 * @csspart pager - The paging controls.
 * @cssproperty --thb-color-highlight - Background of the highlighted search words.
 * @cssproperty --thb-color-on-highlight - Text on the highlighted search words.
 */
export class ThbResourceFinder extends ThbElement<ResourceFinderKey> {
  static override properties: PropertyDeclarations = {
    q: {}, type: {}, topic: {}, language: {}, country: {}, audience: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
  };
  static override styles = [...ThbElement.styles, resourceFinderStyles];

  declare q: string | undefined;
  declare type: string | undefined;
  declare topic: string | undefined;
  declare language: string | undefined;
  declare country: string | undefined;
  declare audience: string | undefined;
  declare pageSize: number;
  declare syncUrl: boolean;

  /** The page of results; state, not an attribute (with `sync-url` it lives in the URL). */
  #page = 1;
  #typing?: ReturnType<typeof setTimeout>;
  /** Back and forward restore the search the URL holds, clearing what it does not. */
  readonly #onPopState = () => {
    const cleared = Object.fromEntries(['q', ...FILTERS].map((key) => [key, undefined]));
    this.#apply({ ...cleared, ...readUrlState(location.search) }, false);
  };
  readonly #results = this.query(() => ({
    ...resourcesQuery(this.client, {
      q: this.q?.trim() || undefined, ...(this.#filters() as ResourceFilters), lang: this.contentLanguage, page: this.#page, pageSize: this.pageSize,
    }),
    placeholderData: keepPreviousData,
  }));

  constructor() {
    super(resourceFinderStrings);
    this.pageSize = 10;
    this.syncUrl = false;
  }

  #filters(): Record<Filter, string | undefined> {
    return Object.fromEntries(FILTERS.map((name) => [name, this[name] || undefined])) as Record<Filter, string | undefined>;
  }

  /** Applies a change of search; anything but paging starts again at page 1. */
  #apply({ page = 1, ...state }: FinderState, announce = true): void {
    Object.assign(this, state);
    this.#page = page;
    this.requestUpdate();
    if (announce) this.dispatchEvent(new ThbSearchEvent({ q: this.q, ...this.#filters(), page }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      this.#apply(readUrlState(location.search), false);
      addEventListener('popstate', this.#onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#typing);
  }

  protected override updated(): void {
    if (!this.syncUrl) return;
    const href = writeUrlState(location.href, { q: this.q, ...this.#filters(), page: this.#page });
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  #onInput(event: InputEvent): void {
    const q = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.#apply({ q }), DEBOUNCE_MS);
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#typing);
    this.#apply({ q: new FormData(event.target as HTMLFormElement).get('q') as string });
  }

  #goTo(page: number): void {
    this.#apply({ page });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.count')?.focus());
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const result = this.#results.result;
    const data = result?.data;
    return html`<div class="root" part="base" lang=${strings.lang}>
      <form role="search" part="search" aria-label=${strings.t('label')} @submit=${this.#onSubmit}>
        <label class="field"><span>${strings.t('search')}</span>
          <input type="search" name="q" autocomplete="off" .value=${this.q ?? ''} @input=${this.#onInput} />
        </label>
      </form>
      <div class="facets" part="facets">
        ${FILTERS.map((name) => facetSelect(name, this[name], data?.facets[name], strings, (value) => this.#apply({ [name]: value })))}
      </div>
      <p class="count" part="count" role="status" tabindex="-1">${data ? strings.plural('results', data.total) : ''}</p>
      <div aria-busy=${result?.isFetching ? 'true' : 'false'}>
        ${data ? this.#resultList(data) : result?.isError ? errorState(strings, () => this.#results.refetch()) : loadingState(strings)}
      </div>
    </div>`;
  }

  #resultList(data: ResourcePage): TemplateResult {
    const strings = this.strings;
    if (data.items.length === 0) return this.#empty();
    const stems = searchStems(this.q ?? '');
    return html`<ul class="results">${data.items.map((item) => resourceResult(item, strings, stems, this.headingLevel))}</ul>
      ${pager(strings, data.page, data.pageCount, (page) => this.#goTo(page))}`;
  }

  #empty(): TemplateResult {
    const strings = this.strings;
    const active = FILTERS.filter((name) => this[name]);
    const ways = html`<div class="ways">
      ${this.q ? html`<button type="button" part="button" @click=${() => this.#apply({ q: '' })}>${strings.t('clearSearch', { q: this.q })}</button>` : nothing}
      ${active.map((name) => html`<button type="button" part="button" @click=${() => this.#apply({ [name]: undefined })}>
        ${strings.t('dropFilter', { filter: `${strings.t(name)}: ${filterLabel(name, this[name]!, strings)}` })}</button>`)}
    </div>`;
    return emptyState(strings.t('noResults'), this.q || active.length ? ways : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-resource-finder': ThbResourceFinder;
  }
}
