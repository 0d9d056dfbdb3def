/** Previous / next paging shared by the lists; the page count is read by screen readers too. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonKey } from './common.strings.ts';
import type { Strings } from './strings.ts';

/**
 * Paging controls, or nothing when everything fits on one page.
 * @example pager(this.strings, 2, 5, (page) => (this.page = page))
 */
export function pager(
  strings: Strings<CommonKey>,
  page: number,
  pageCount: number,
  go: (page: number) => void,
): TemplateResult | typeof nothing {
  if (pageCount <= 1) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${strings.t('pageOf', { page, count: pageCount })}>
    <button type="button" part="button" ?disabled=${page <= 1} @click=${() => go(page - 1)}>${strings.t('previous')}</button>
    <span>${strings.t('pageOf', { page, count: pageCount })}</span>
    <button type="button" part="button" ?disabled=${page >= pageCount} @click=${() => go(page + 1)}>${strings.t('next')}</button>
  </nav>`;
}
