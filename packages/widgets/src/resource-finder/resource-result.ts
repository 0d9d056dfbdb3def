/** One search result: highlighted title and summary, badges, hotline number, publisher, date. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ResourceView } from '@thb/schema';
import { isolated, plainText } from '../internal/display-text.ts';
import { countryName, formatDay, languageName } from '../internal/intl.ts';
import { safeHref, telHref } from '../internal/safe-href.ts';
import type { Strings } from '../internal/strings.ts';
import { highlightParts } from './highlight.ts';
import type { ResourceFinderKey } from './resource-finder.strings.ts';

/** Data text with the searched words in `<mark>`, every part a plain Lit text binding, the whole one bidi island. */
export function highlighted(text: string, stems: readonly string[]): TemplateResult {
  const parts = highlightParts(plainText(text), stems).map((part) => (part.match ? html`<mark part="mark">${part.text}</mark>` : part.text));
  return html`<bdi>${parts}</bdi>`;
}

/** Renders one resource. Links only through `safeHref`/`telHref`, text only through bindings. */
export function resourceResult(
  resource: ResourceView,
  strings: Strings<ResourceFinderKey>,
  stems: readonly string[],
  headingLevel: number,
): TemplateResult {
  const { t, locale } = strings;
  const href = safeHref(resource.url);
  const title = highlighted(resource.title, stems);
  const hotline = resource.hotline;
  const tel = hotline && telHref(hotline.phone);
  const countries = new Intl.ListFormat(locale, { type: 'conjunction', style: 'short' }).format(
    resource.countries.map((code) => countryName(code, locale)),
  );
  return html`<li class="result" part="result">
    <div class="title" role="heading" aria-level=${headingLevel}>${href ? html`<a part="link" href=${href}>${title}</a>` : title}</div>
    <p class="badges">
      <span class="badge type" part="badge" data-type=${resource.type}>${t(`type.${resource.type}` as ResourceFinderKey)}</span>
      ${resource.languages.map((code) => html`<span class="badge" part="badge language">${languageName(code, locale)}</span>`)}
    </p>
    <p class="summary">${highlighted(resource.summary, stems)}</p>
    ${hotline
      ? html`<p class="hotline" part="hotline">
          ${tel ? html`<a part="link tel" href=${tel}>${t('call', { phone: hotline.phone })}</a>` : isolated(hotline.phone)}
          <span>${t('hours', { hours: hotline.hours })}</span>
          <span>${hotline.languages.map((code) => languageName(code, locale)).join(', ')}</span>
        </p>`
      : nothing}
    <p class="muted">${t('publisher', { name: resource.publisher.name })} · ${t('appliesTo', { countries })} ·
      ${t('updated', { date: formatDay(resource.updatedAt, locale) })}</p>
  </li>`;
}
