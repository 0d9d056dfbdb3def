/**
 * The application form's fields, in the order the errors are walked (the first wrong one gets
 * the focus). Each field names the API parameter its errors come under, so a problem's
 * `errors[].name` (`organisation.coordinates.lat`) lands beside the field that holds it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { EU_LANGUAGES, FOCUS_AREAS, SCOPES } from '@thb/schema/enums';
import type { ApplicationContact, KnownCity, OrganisationDraft } from './apply-api.ts';
import { countryOptions, languageName, languageOptions } from './apply-format.ts';
import type { ApplyKey } from './apply.strings.ts';
import '../position-picker/position-picker.ts';

/** A field of the form and the API parameter its errors name. */
export const FORM_FIELDS = [
  { key: 'name', api: 'organisation.name' },
  { key: 'acronym', api: 'organisation.acronym' },
  { key: 'country', api: 'organisation.country' },
  { key: 'city', api: 'organisation.city' },
  { key: 'lat', api: 'organisation.coordinates' },
  { key: 'scope', api: 'organisation.scope' },
  { key: 'focus', api: 'organisation.focus' },
  { key: 'languages', api: 'organisation.languages' },
  { key: 'website', api: 'organisation.website' },
  { key: 'description-en', api: 'organisation.description' },
  { key: 'contact-name', api: 'contact.name' },
  { key: 'contact-email', api: 'contact.email' },
  { key: 'contact-locale', api: 'contact.locale' },
  { key: 'consent', api: 'consent' },
] as const;

/** A field's key. */
export type FieldKey = (typeof FORM_FIELDS)[number]['key'];

/** The problem's messages by field (a parameter below a field's counts for it). */
export function fieldErrors(fields: ReadonlyMap<string, string>): Map<FieldKey, string> {
  const errors = new Map<FieldKey, string>();
  for (const [name, message] of fields) {
    const field = FORM_FIELDS.find(({ api }) => name === api || name.startsWith(`${api}.`));
    if (field && !errors.has(field.key)) errors.set(field.key, message);
  }
  return errors;
}

/** The languages descriptions are written in here; the API takes any EU language. */
export const DESCRIPTION_LANGUAGES = ['en', 'de', 'fr'] as const;

/** What the fields are drawn from. */
export interface FieldsContext {
  t: (key: ApplyKey, values?: Record<string, string | number>) => string;
  lang: string;
  organisation: OrganisationDraft;
  contact: Partial<ApplicationContact>;
  errors: ReadonlyMap<FieldKey, string>;
  /** The chosen country, for the city suggestions. */
  country: string;
  cities: readonly KnownCity[];
  /** A new application asks for consent and carries the honeypot; a continued draft has both. */
  isNew: boolean;
  onCountry: (event: Event) => void;
  onCity: (event: Event) => void;
}

/** The common attributes of a field that may be wrong. */
function described(ctx: FieldsContext, key: FieldKey, hint?: string) {
  const wrong = ctx.errors.has(key);
  return { invalid: wrong ? 'true' : 'false', describedBy: [hint, wrong ? `e-${key}` : undefined].filter(Boolean).join(' ') || nothing };
}

function error(ctx: FieldsContext, key: FieldKey): TemplateResult | typeof nothing {
  const message = ctx.errors.get(key);
  return message === undefined ? nothing : html`<p id="e-${key}" class="error">${ctx.t('error.field', { message: '' })}<span lang="en">${message}</span></p>`;
}

function input(ctx: FieldsContext, key: FieldKey, label: ApplyKey, value: string | undefined, extra: { type?: string; autocomplete?: string; hint?: { id: string; key: ApplyKey }; list?: string; change?: (event: Event) => void } = {}) {
  const a = described(ctx, key, extra.hint?.id);
  return html`<label for="f-${key}">${ctx.t(label)}</label>
    <input id="f-${key}" name=${key} type=${extra.type ?? 'text'} autocomplete=${extra.autocomplete ?? nothing} list=${extra.list ?? nothing}
      .value=${value ?? ''} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} @change=${extra.change ?? nothing}>
    ${extra.hint ? html`<p id=${extra.hint.id} class="muted hint">${ctx.t(extra.hint.key)}</p>` : nothing}
    ${error(ctx, key)}`;
}

function checkboxes(ctx: FieldsContext, key: 'focus' | 'languages', legend: ApplyKey, options: { code: string; name: string }[], checked: readonly string[]) {
  const a = described(ctx, key);
  return html`<fieldset aria-describedby=${a.describedBy}>
    <legend>${ctx.t(legend)}</legend>
    ${error(ctx, key)}
    <div class="choices">${options.map((option, index) => html`<label class="choice">
      <input type="checkbox" name=${key} value=${option.code} id=${index === 0 ? `f-${key}` : nothing} .checked=${checked.includes(option.code)} aria-invalid=${a.invalid}>
      <span>${option.name}</span></label>`)}</div>
  </fieldset>`;
}

function select(ctx: FieldsContext, key: FieldKey, label: ApplyKey, options: { code: string; name: string }[], value: string | undefined, pick?: ApplyKey, change?: (event: Event) => void) {
  const a = described(ctx, key);
  return html`<label for="f-${key}">${ctx.t(label)}</label>
    <select id="f-${key}" name=${key} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} @change=${change ?? nothing}>
      ${pick ? html`<option value="" ?selected=${!value}>${ctx.t(pick)}</option>` : nothing}
      ${options.map((option) => html`<option value=${option.code} ?selected=${option.code === value}>${option.name}</option>`)}
    </select>${error(ctx, key)}`;
}

/** The organisation's fields. */
export function organisationFields(ctx: FieldsContext): TemplateResult {
  const { t, lang, organisation: o } = ctx;
  const known: readonly string[] = EU_LANGUAGES;
  const otherLanguages = (o.languages ?? []).filter((code) => !known.includes(code)).join(', ');
  const lat = described(ctx, 'lat', 'hint-position');
  return html`<fieldset class="group"><legend>${t('org.legend')}</legend>
    ${input(ctx, 'name', 'org.name', o.name, { autocomplete: 'organization' })}
    ${input(ctx, 'acronym', 'org.acronym', o.acronym)}
    ${select(ctx, 'country', 'org.country', countryOptions(lang), o.country, 'org.countryPick', ctx.onCountry)}
    ${input(ctx, 'city', 'org.city', o.city, { autocomplete: 'address-level2', hint: { id: 'hint-city', key: 'org.cityHint' }, list: 'known-cities', change: ctx.onCity })}
    <datalist id="known-cities">${ctx.cities.filter((c) => c.country === ctx.country).map((c) => html`<option value=${c.city}></option>`)}</datalist>
    <fieldset class="position" aria-describedby=${lat.describedBy}><legend>${t('org.position')}</legend>
      <p id="hint-position" class="muted hint">${t('org.positionHint')}</p>
      ${error(ctx, 'lat')}
      <div class="pair">
        <label>${t('org.lat')}<input id="f-lat" name="lat" inputmode="decimal" .value=${o.coordinates ? String(o.coordinates.lat) : ''} aria-invalid=${lat.invalid}></label>
        <label>${t('org.lon')}<input id="f-lon" name="lon" inputmode="decimal" .value=${o.coordinates ? String(o.coordinates.lon) : ''} aria-invalid=${lat.invalid}></label>
      </div>
      <thb-portal-position-picker></thb-portal-position-picker>
    </fieldset>
    ${select(ctx, 'scope', 'org.scope', SCOPES.map((code) => ({ code, name: t(`scope.${code}`) })), o.scope, 'org.scopePick')}
    ${checkboxes(ctx, 'focus', 'org.focus', FOCUS_AREAS.map((code) => ({ code, name: t(`focus.${code}`) })), o.focus ?? [])}
    ${checkboxes(ctx, 'languages', 'org.languages', languageOptions(lang), o.languages ?? [])}
    <label for="f-other-languages">${t('org.otherLanguages')}</label>
    <input id="f-other-languages" name="otherLanguages" .value=${otherLanguages}>
    ${input(ctx, 'website', 'org.website', o.website, { type: 'url', autocomplete: 'url' })}
    <p id="hint-description" class="muted hint">${t('org.descriptionHint')}</p>
    ${DESCRIPTION_LANGUAGES.map((code) => {
      const key = `description-${code}` as const;
      const a = code === 'en' ? described(ctx, 'description-en', 'hint-description') : { invalid: 'false', describedBy: 'hint-description' };
      return html`<label for="f-${key}">${t('org.description', { language: languageName(code, lang) })}</label>
        <textarea id="f-${key}" name=${key} rows="4" maxlength="5000" .value=${(o.description as Record<string, string | undefined> | undefined)?.[code] ?? ''}
          aria-invalid=${a.invalid} aria-describedby=${a.describedBy}></textarea>
        ${code === 'en' ? error(ctx, 'description-en') : nothing}`;
    })}
  </fieldset>`;
}

/** The contact person, the consent and the honeypot. */
export function contactFields(ctx: FieldsContext): TemplateResult {
  const { t, lang, contact } = ctx;
  const consent = described(ctx, 'consent');
  const locales = DESCRIPTION_LANGUAGES.map((code) => ({ code, name: languageName(code, lang) }));
  return html`<fieldset class="group"><legend>${t('contact.legend')}</legend>
      ${input(ctx, 'contact-name', 'contact.name', contact.name, { autocomplete: 'name' })}
      ${input(ctx, 'contact-email', 'contact.email', contact.email, { type: 'email', autocomplete: 'email' })}
      ${select(ctx, 'contact-locale', 'contact.locale', locales, contact.locale ?? lang)}
    </fieldset>
    ${ctx.isNew ? html`<div class="consent">
        <input type="checkbox" id="f-consent" name="consent" aria-invalid=${consent.invalid} aria-describedby=${consent.describedBy}>
        <label for="f-consent">${t('consent.label')}</label>
      </div>${error(ctx, 'consent')}
      <!-- The honeypot: out of sight and out of the accessibility tree; only bots fill it in. -->
      <div class="hp" aria-hidden="true"><label>${t('honeypot')}<input name="website2" tabindex="-1" autocomplete="off"></label></div>` : nothing}`;
}
