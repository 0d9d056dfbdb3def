/**
 * Countries and focus areas as two groups of checkboxes: an announcement's audience and a
 * notification kind's filters. Nothing ticked means everyone (and everything). The focus-area
 * names are the widgets' (`@thb/widgets/focus-strings`), which a screen merges into its catalogue.
 */
import { css, html, type TemplateResult } from 'lit';
import { FOCUS_AREA_VALUES } from '@thb/widgets/focus-strings';
import { countryOptions } from '../screens/apply/apply-format.ts';

/** The choices already made and how the groups are named. */
export interface CountryFocusOptions {
  /** Prefix of the inputs' names (`<prefix>-country`, `<prefix>-focus`). */
  name: string;
  countries: readonly string[];
  focusAreas: readonly string[];
  lang: string;
  legends: { countries: string; focusAreas: string };
  focusName: (area: string) => string;
}

/** The two fieldsets. */
export function countryFocusFields(o: CountryFocusOptions): TemplateResult {
  return html`<fieldset class="checks">
      <legend>${o.legends.countries}</legend>
      <div class="choices">${countryOptions(o.lang).map((c) => html`<label class="choice">
        <input type="checkbox" name="${o.name}-country" value=${c.code} .checked=${o.countries.includes(c.code)}><span>${c.name}</span></label>`)}</div>
    </fieldset>
    <fieldset class="checks">
      <legend>${o.legends.focusAreas}</legend>
      <div class="choices">${FOCUS_AREA_VALUES.map((area) => html`<label class="choice">
        <input type="checkbox" name="${o.name}-focus" value=${area} .checked=${o.focusAreas.includes(area)}><span>${o.focusName(area)}</span></label>`)}</div>
    </fieldset>`;
}

/** The ticked values of the checkboxes named `name` in `form`. */
export function checkedValues(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)].filter((input) => input.checked).map((input) => input.value);
}

/** The groups' layout: choices in columns that wrap to one on a phone. */
export const countryFocusStyles = css`
  fieldset.checks { border: 1px solid var(--_soft); border-radius: var(--_radius); padding: 0.75em; margin: 0; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25em; }
  .choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); gap: 0.25em 1em; }
  label.choice { display: flex; gap: 0.5em; align-items: flex-start; }
  label.choice input { margin-top: 0.3em; flex: none; width: auto; }
`;
