/** The facet filters: a select per facet, each value with the count the API reports for it. */
import { html, type TemplateResult } from 'lit';
import type { FacetCounts } from '@thb/schema';
import { FOCUS_AREA_VALUES } from '../internal/focus.strings.ts';
import { collator, countryName, languageName } from '../internal/intl.ts';
import type { Strings } from '../internal/strings.ts';
import { FACET_ORDER, type ResourceFinderKey } from './resource-finder.strings.ts';
import type { Filter } from './url-state.ts';

/** Fixed vocabularies keep their own order; languages and countries are sorted by name. */
const FOCUS_AREA_COUNT = FOCUS_AREA_VALUES.length;
const ORDER: Partial<Record<Filter, readonly string[]>> = FACET_ORDER;

/**
 * A value's name in the visitor's language.
 * @example filterLabel('country', 'EU', strings) // 'European Union'
 */
export function filterLabel(name: Filter, value: string, strings: Strings<ResourceFinderKey>): string {
  if (name === 'language') return languageName(value, strings.locale);
  if (name === 'country') return countryName(value, strings.locale);
  if (name === 'topic') {
    return strings.t((FACET_ORDER.topic.indexOf(value) < FOCUS_AREA_COUNT ? `focus.${value}` : `topic.${value}`) as ResourceFinderKey);
  }
  return strings.t(`${name}.${value}` as ResourceFinderKey);
}

/**
 * One facet as a labelled select. Values without results are left out, except the chosen one,
 * so the list only offers choices that lead somewhere.
 */
export function facetSelect(
  name: Filter,
  selected: string | undefined,
  counts: FacetCounts | undefined,
  strings: Strings<ResourceFinderKey>,
  choose: (value: string | undefined) => void,
): TemplateResult {
  const values = new Set(Object.keys(counts ?? {}).filter((value) => counts![value]! > 0));
  if (selected) values.add(selected);
  const order = ORDER[name];
  const options = order
    ? order.filter((value) => values.has(value)).map((value) => [value, filterLabel(name, value, strings)] as const)
    : [...values].map((value) => [value, filterLabel(name, value, strings)] as const).sort((a, b) => collator(strings.locale).compare(a[1], b[1]));
  return html`<label class="field"><span>${strings.t(name)}</span>
    <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!selected}>${strings.t('all')}</option>
      ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === selected}>${label} (${(counts?.[value] ?? 0).toLocaleString(strings.locale)})</option>`)}
    </select>
  </label>`;
}
