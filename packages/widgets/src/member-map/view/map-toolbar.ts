/** The filters above the map: name search, country, focus area, scope, and "near me". */
import { html, nothing, type TemplateResult } from 'lit';
import { collator, countryName } from '../../internal/intl.ts';
import type { Strings } from '../../internal/strings.ts';
import type { MemberFilters } from './member-filters.ts';
import { SCOPE_VALUES, type MemberMapKey } from '../member-map.strings.ts';
import type { NearMeState } from './near-me.ts';
import { FOCUS_AREA_VALUES } from '../../internal/focus.strings.ts';

/** What the toolbar shows and changes. */
export interface ToolbarContext {
  strings: Strings<MemberMapKey>;
  filters: MemberFilters;
  /** Countries that have members, with how many. */
  countries: ReadonlyMap<string, number>;
  nearMe: NearMeState;
  change: (patch: MemberFilters) => void;
  search: (q: string) => void;
  locate: () => void;
}

/** The toolbar; each select lists only values that exist, plus the chosen one. */
export function mapToolbar({ strings, filters, countries, nearMe, change, search, locate }: ToolbarContext): TemplateResult {
  const { t, locale } = strings;
  const codes = new Set(countries.keys());
  if (filters.country) codes.add(filters.country);
  const countryOptions = [...codes]
    .map((code) => [code, countryName(code, locale)] as const)
    .sort((a, b) => collator(locale).compare(a[1], b[1]));
  const select = (name: keyof MemberFilters, all: MemberMapKey, options: readonly (readonly [string, string])[]) => html`
    <label class="field"><span>${t(name as MemberMapKey)}</span>
      <select @change=${(e: Event) => change({ [name]: (e.target as HTMLSelectElement).value || undefined })}>
        <option value="" ?selected=${!filters[name]}>${t(all)}</option>
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${filters[name] === value}>${label}</option>`)}
      </select>
    </label>`;
  return html`<div class="toolbar" part="toolbar">
    <label class="field search"><span>${t('search')}</span>
      <input type="search" autocomplete="off" .value=${filters.q ?? ''} @input=${(e: Event) => search((e.target as HTMLInputElement).value)} />
    </label>
    ${select('country', 'allCountries', countryOptions)}
    ${select('focusArea', 'allFocus', FOCUS_AREA_VALUES.map((f) => [f, t(`focus.${f}`)] as const))}
    ${select('scope', 'allScopes', SCOPE_VALUES.map((s) => [s, t(`scope.${s}` as MemberMapKey)] as const))}
    <div class="near">
      <button type="button" part="button" aria-pressed=${nearMe === 'located' ? 'true' : 'false'} aria-describedby="near-hint" @click=${locate}>${t('nearMe')}</button>
      <span id="near-hint" class="muted">${nearMe === 'locating' ? t('locating') : t('nearMeHint')}</span>
      ${nearMe === 'error' ? html`<span role="alert" class="error">${t('locationError')}</span>` : nothing}
    </div>
  </div>`;
}
