/**
 * The entry's form: every editable field of a member, labelled, with its hint, its error from
 * the API (tied by `aria-describedby`) and, for name and country, the note that a change waits
 * for the secretariat and the value that waits.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberView } from '@thb/schema';
import { EU_COUNTRIES, FOCUS_AREAS, SCOPES } from '@thb/schema/enums';
import type { Strings } from '@thb/widgets/strings';
import { DESCRIPTION_LANGUAGES, REVIEWED_FIELDS, type EntryDraft } from './entry-draft.ts';
import type { PendingValues } from './entry-history.ts';
import type { EntryKey } from './entry.strings.ts';
import '../position-picker/position-picker.ts';

/** What the form shows. */
export interface EntryFormContext {
  draft: EntryDraft;
  /** The published member (what a waiting value replaces). */
  member: MemberView;
  pending: PendingValues;
  /** Error text per form field name. */
  errors: Readonly<Record<string, string>>;
  strings: Strings<EntryKey>;
}

/** The `aria-describedby` of a field: its hint, its waiting note and its error, those it has. */
function describedBy(name: string, { errors, pending }: EntryFormContext, hintId?: string): string | typeof nothing {
  const ids = [
    hintId ?? '',
    (REVIEWED_FIELDS as readonly string[]).includes(name) ? `review-${name}` : '',
    pending[name as keyof PendingValues] !== undefined ? `pending-${name}` : '',
    errors[name] ? `error-${name}` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** The notes under a field. */
function notes(name: string, context: EntryFormContext, hint?: string): TemplateResult {
  const { strings: { t }, errors, pending, member } = context;
  const reviewed = (REVIEWED_FIELDS as readonly string[]).includes(name);
  const waiting = pending[name as keyof PendingValues];
  const shown = (field: string, value: string) => (field === 'country' ? countryName(value, context.strings.lang) : value);
  return html`${hint ? html`<span class="hint" id="hint-${name}">${hint}</span>` : nothing}
    ${reviewed ? html`<span class="hint review" id="review-${name}">${t('entry.reviewed')}</span>` : nothing}
    ${waiting !== undefined ? html`<span class="pending" id="pending-${name}">${t('entry.pending', {
      value: shown(name, waiting), current: shown(name, String(member[name as keyof PendingValues])),
    })}</span>` : nothing}
    ${errors[name] ? html`<span class="error" id="error-${name}">${errors[name]}</span>` : nothing}`;
}

/** A country's name in `lang`. */
export function countryName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

function input(name: string, label: string, value: string, context: EntryFormContext, extra: { type?: string; required?: boolean; hint?: string; hintId?: string; inputmode?: string } = {}) {
  return html`<div class="field">
    <label for="f-${name}">${label}</label>
    <input id="f-${name}" name=${name} type=${extra.type ?? 'text'} .value=${value} ?required=${extra.required ?? false}
      inputmode=${extra.inputmode ?? nothing} 
      aria-invalid=${context.errors[name] ? 'true' : nothing} aria-describedby=${describedBy(name, context, extra.hint ? `hint-${name}` : extra.hintId)}>
    ${notes(name, context, extra.hint)}
  </div>`;
}

/** The form's fields (the element around them owns the `<form>` and its events). */
export function entryFields(context: EntryFormContext): TemplateResult {
  const { draft, strings: { t, lang } } = context;
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  const countries = [...new Set([...EU_COUNTRIES, draft.country])].filter(Boolean)
    .map((code) => ({ code, name: countryName(code, lang) })).sort((a, b) => a.name.localeCompare(b.name, lang));
  return html`
    <fieldset><legend>${t('entry.section.about')}</legend>
      ${input('name', t('field.name'), draft.name, context, { required: true })}
      ${input('acronym', t('field.acronym'), draft.acronym, context)}
    </fieldset>
    <fieldset><legend>${t('entry.section.place')}</legend>
      <div class="field">
        <label for="f-country">${t('field.country')}</label>
        <select id="f-country" name="country" required aria-invalid=${context.errors.country ? 'true' : nothing} aria-describedby=${describedBy('country', context)}>
          ${countries.map(({ code, name }) => html`<option value=${code} ?selected=${code === draft.country}>${name}</option>`)}
        </select>
        ${notes('country', context)}
      </div>
      ${input('city', t('field.city'), draft.city, context, { required: true })}
      <p class="hint" id="hint-position">${t('field.position.hint')}</p>
      <div class="pair">
        ${input('lat', t('field.lat'), draft.lat, context, { required: true, inputmode: 'decimal', hintId: 'hint-position' })}
        ${input('lon', t('field.lon'), draft.lon, context, { required: true, inputmode: 'decimal', hintId: 'hint-position' })}
      </div>
      <thb-portal-position-picker></thb-portal-position-picker>
    </fieldset>
    <fieldset><legend>${t('entry.section.work')}</legend>
      <div class="field">
        <label for="f-scope">${t('field.scope')}</label>
        <select id="f-scope" name="scope" aria-describedby=${describedBy('scope', context)}>
          ${SCOPES.map((scope) => html`<option value=${scope} ?selected=${scope === draft.scope}>${t(`scope.${scope}`)}</option>`)}
        </select>
        ${notes('scope', context)}
      </div>
      <fieldset class="choices" aria-describedby=${describedBy('focus', context)}><legend>${t('field.focus')}</legend>
        ${FOCUS_AREAS.map((area) => html`<label class="choice"><input type="checkbox" name="focus" value=${area} .checked=${draft.focus.includes(area)}> ${t(`focus.${area}`)}</label>`)}
        ${notes('focus', context)}
      </fieldset>
      ${input('languages', t('field.languages'), draft.languages, context, { required: true, hint: t('field.languages.hint') })}
      ${input('website', t('field.website'), draft.website, context, { type: 'url', inputmode: 'url' })}
    </fieldset>
    <fieldset><legend>${t('entry.section.description')}</legend>
      ${DESCRIPTION_LANGUAGES.map((code) => {
        const language = languageName.of(code) ?? code;
        const name = `description-${code}`;
        return html`<div class="field">
          <label for="f-${name}">${t('field.description', { language })}</label>
          <textarea id="f-${name}" name=${name} rows="4" .value=${draft.description[code]} ?required=${code === 'en'} lang=${code}
            aria-invalid=${context.errors[name] ? 'true' : nothing} aria-describedby=${describedBy(name, context, `hint-${name}`)}></textarea>
          ${notes(name, context, code === 'en' ? t('field.description.hint.en') : t('field.description.hint', { language }))}
        </div>`;
      })}
    </fieldset>
    <fieldset><legend>${t('entry.section.contact')}</legend>
      <p class="hint" id="hint-contact">${t('field.contact.hint')}</p>
      ${input('email', t('field.email'), draft.email, context, { type: 'email', inputmode: 'email', hintId: 'hint-contact' })}
      ${input('phone', t('field.phone'), draft.phone, context, { type: 'tel', inputmode: 'tel', hintId: 'hint-contact' })}
      ${input('contactUrl', t('field.contactUrl'), draft.contactUrl, context, { type: 'url', inputmode: 'url', hintId: 'hint-contact' })}
    </fieldset>`;
}

/** The form field an API error names (`coordinates.lat` → `lat`, `contact` → `email`, …). */
export function fieldOfError(name: string): string {
  const [head = '', sub] = name.split('.');
  if (head === 'coordinates') return sub === 'lon' ? 'lon' : 'lat';
  if (head === 'contact') return sub === 'phone' ? 'phone' : sub === 'url' ? 'contactUrl' : 'email';
  if (head === 'description') return `description-${sub ?? 'en'}`;
  return head;
}
