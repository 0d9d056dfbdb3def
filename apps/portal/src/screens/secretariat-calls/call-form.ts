/**
 * The call form: title, text and criteria in the portal's languages (English required), opening
 * and closing as wall-clock times in a chosen IANA zone. What it sends are instants with offset.
 */
import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '@thb/schema/localized';
import { timeZoneOffset, zonedTimeToInstant } from '@thb/schema/time';

/** A call as the API returns it. */
export interface CallView {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  criteria: LocalizedText[];
  opensAt: string;
  closesAt: string;
  timeZone: string;
  phase: 'scheduled' | 'open' | 'closed';
}

/** The languages a call is written in here; the API takes any EU language. */
export const CALL_LANGUAGES = ['en', 'de', 'fr'] as const;

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) of an instant in a zone. */
export function localTimeIn(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  return new Date(instant + timeZoneOffset(instant, timeZone)).toISOString().slice(0, 16);
}

const zones = (): string[] => {
  const known = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return known.includes('UTC') ? known : [...known, 'UTC'];
};

type Label = (key: 'language' | 'title' | 'text' | 'criteria' | 'opensAt' | 'closesAt' | 'timeZone' | 'criteriaHint', language?: string) => string;

/** The form's fields, filled from `call` when editing. */
export function callFields(call: CallView | undefined, label: Label): TemplateResult {
  const zone = call?.timeZone ?? 'Europe/Brussels';
  return html`
    ${CALL_LANGUAGES.map((code) => html`<fieldset>
      <legend>${label('language', code)}</legend>
      <label>${label('title', code)}<input name="title-${code}" maxlength="5000" ?required=${code === 'en'} .value=${call?.title[code] ?? ''}></label>
      <label>${label('text', code)}<textarea name="text-${code}" rows="4" maxlength="5000" ?required=${code === 'en'} .value=${call?.text[code] ?? ''}></textarea></label>
      <label>${label('criteria', code)}<textarea name="criteria-${code}" rows="3" aria-describedby="criteria-hint" .value=${(call?.criteria ?? []).map((c) => c[code] ?? '').join('\n')}></textarea></label>
    </fieldset>`)}
    <p id="criteria-hint" class="muted">${label('criteriaHint')}</p>
    <label>${label('opensAt')}<input name="opensAt" type="datetime-local" required .value=${call ? localTimeIn(call.opensAt, zone) : ''}></label>
    <label>${label('closesAt')}<input name="closesAt" type="datetime-local" required .value=${call ? localTimeIn(call.closesAt, zone) : ''}></label>
    <label>${label('timeZone')}<select name="timeZone">${zones().map((z) => html`<option ?selected=${z === zone}>${z}</option>`)}</select></label>`;
}

/** The body of `POST /v1/calls` (or a whole `PATCH`) from the form. */
export function readCallForm(form: HTMLFormElement): Record<string, unknown> {
  const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
  const texts = (prefix: string) => Object.fromEntries(CALL_LANGUAGES.map((code) => [code, value(`${prefix}-${code}`)]).filter(([, text]) => text !== ''));
  const lines = Object.fromEntries(CALL_LANGUAGES.map((code) => [code, value(`criteria-${code}`).split('\n').map((line) => line.trim())]));
  const criteria = (lines.en ?? []).map((en, index) => ({ en, ...Object.fromEntries(CALL_LANGUAGES.slice(1).map((code) => [code, lines[code]?.[index] ?? '']).filter(([, text]) => text !== '')) }))
    .filter((c) => c.en !== '');
  const timeZone = value('timeZone');
  const instant = (name: string) => (value(name) ? zonedTimeToInstant(value(name), timeZone).toISOString() : '');
  return { title: texts('title'), text: texts('text'), criteria, opensAt: instant('opensAt'), closesAt: instant('closesAt'), timeZone };
}
