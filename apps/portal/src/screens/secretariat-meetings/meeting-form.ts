/**
 * The meeting form: title and text in the portal's languages (English required), a tentative
 * season or month, or a fixed start and end as wall-clock times in an IANA zone (sent as
 * instants), place, online participation, capacity in total and per organisation, and the
 * registration deadline. The organisations' screen shares the views and `meetingWhen`.
 */
import { css, html, type TemplateResult } from 'lit';
import type { LocalizedText } from '@thb/schema/localized';
import { zonedTimeToInstant } from '@thb/schema/time';
import { localTimeIn } from '../secretariat-calls/call-form.ts';
import { formatInstant } from '../secretariat-shared/secretariat-format.ts';

/** A meeting as the API returns it (never its participants). */
export interface MeetingView {
  id: string; title: LocalizedText; text: LocalizedText; capacity: { total: number; perMember: number | null };
  registrationDeadline: string | null; online: boolean; place: string | null; timeZone: string;
  startsAt: string | null; endsAt: string | null; tentative: string | null; status: 'planned' | 'cancelled'; sequence: number;
}

/** A registration as the API returns it. */
export interface RegistrationView {
  id: string; meetingId: string; memberId: string; name: string; email: string; attendance: 'in-person' | 'online';
  languages: string[]; accessibility: string | null; status: 'registered' | 'waiting' | 'cancelled'; position: number; createdAt: string;
}

/** The languages a meeting is written in here; the API takes any EU language. */
export const MEETING_LANGUAGES = ['en', 'de', 'fr'] as const;
const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/** The words the form needs; the screen passes its own `t`. */
export type MeetingFormKey =
  | 'field.title' | 'field.text' | 'field.dated' | 'field.dated.tentative' | 'field.dated.fixed' | 'field.year' | 'field.part'
  | 'field.startsAt' | 'field.endsAt' | 'field.timeZone' | 'field.place' | 'field.online' | 'field.total' | 'field.perMember'
  | 'field.perMemberHint' | 'field.deadline' | `season.${(typeof SEASONS)[number]}`;
type Words = (key: MeetingFormKey, values?: Record<string, string>) => string;

const zones = (): string[] => {
  const known = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return known.includes('UTC') ? known : [...known, 'UTC'];
};

/** When a meeting takes place, in words: its start in its zone, or its season or month. */
export function meetingWhen(meeting: MeetingView, lang: string, season: (part: (typeof SEASONS)[number]) => string): string {
  if (meeting.startsAt) return `${formatInstant(meeting.startsAt, lang, meeting.timeZone)} – ${formatInstant(meeting.endsAt, lang, meeting.timeZone)}`;
  const [year, part] = (meeting.tentative ?? '').split('-') as [string, string | undefined];
  if (part && /^\d+$/.test(part)) return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(Number(year), Number(part) - 1, 15));
  return part ? `${season(part as (typeof SEASONS)[number])} ${year}` : '—';
}

/** The fields, filled from `meeting` when editing; `dated` shows the fixed date's fields instead of the tentative one's. */
export function meetingFields(meeting: MeetingView | undefined, dated: boolean, t: Words, lang: string, onDated: (dated: boolean) => void): TemplateResult {
  const zone = meeting?.timeZone ?? 'Europe/Brussels';
  const languageName = new Intl.DisplayNames([lang], { type: 'language' });
  const [year, part] = (meeting?.tentative ?? `${new Date().getFullYear() + 1}-autumn`).split('-');
  return html`
    ${MEETING_LANGUAGES.map((code) => html`<fieldset>
      <legend>${languageName.of(code) ?? code}</legend>
      <label>${t('field.title', { language: languageName.of(code) ?? code })}<input name="title-${code}" maxlength="300" ?required=${code === 'en'} .value=${meeting?.title[code] ?? ''}></label>
      <label>${t('field.text', { language: languageName.of(code) ?? code })}<textarea name="text-${code}" rows="3" maxlength="5000" ?required=${code === 'en'} .value=${meeting?.text[code] ?? ''}></textarea></label>
    </fieldset>`)}
    <fieldset>
      <legend>${t('field.dated')}</legend>
      <label class="choice"><input type="radio" name="dated" value="tentative" .checked=${!dated} @change=${() => onDated(false)}> ${t('field.dated.tentative')}</label>
      <label class="choice"><input type="radio" name="dated" value="fixed" .checked=${dated} @change=${() => onDated(true)}> ${t('field.dated.fixed')}</label>
      ${dated ? html`
        <label>${t('field.startsAt')}<input name="startsAt" type="datetime-local" required .value=${meeting?.startsAt ? localTimeIn(meeting.startsAt, zone) : ''}></label>
        <label>${t('field.endsAt')}<input name="endsAt" type="datetime-local" required .value=${meeting?.endsAt ? localTimeIn(meeting.endsAt, zone) : ''}></label>`
      : html`
        <label>${t('field.year')}<input name="year" type="number" min="2000" max="2100" required .value=${year ?? ''}></label>
        <label>${t('field.part')}<select name="part">
          ${SEASONS.map((s) => html`<option value=${s} ?selected=${part === s}>${t(`season.${s}`)}</option>`)}
          ${MONTHS.map((m) => html`<option value=${m} ?selected=${part === m}>${new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, Number(m) - 1, 15))}</option>`)}
        </select></label>`}
      <label>${t('field.timeZone')}<select name="timeZone">${zones().map((z) => html`<option ?selected=${z === zone}>${z}</option>`)}</select></label>
    </fieldset>
    <label>${t('field.place')}<input name="place" maxlength="300" .value=${meeting?.place ?? ''}></label>
    <label class="choice"><input type="checkbox" name="online" .checked=${meeting?.online ?? false}> ${t('field.online')}</label>
    <label>${t('field.total')}<input name="total" type="number" min="1" max="100000" required .value=${String(meeting?.capacity.total ?? 50)}></label>
    <label>${t('field.perMember')}<input name="perMember" type="number" min="1" max="100000" aria-describedby="per-member-hint" .value=${meeting?.capacity.perMember ? String(meeting.capacity.perMember) : ''}></label>
    <p id="per-member-hint" class="muted">${t('field.perMemberHint')}</p>
    <label>${t('field.deadline')}<input name="deadline" type="datetime-local" .value=${meeting?.registrationDeadline ? localTimeIn(meeting.registrationDeadline, zone) : ''}></label>`;
}

/** The body of `POST /v1/meetings` (or `PUT /v1/meetings/{id}`) from the form. */
export function readMeetingForm(form: HTMLFormElement): Record<string, unknown> {
  const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
  const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
  const texts = (prefix: string) => Object.fromEntries(MEETING_LANGUAGES.map((code) => [code, value(`${prefix}-${code}`)]).filter(([, text]) => text !== ''));
  const timeZone = value('timeZone');
  const instant = (name: string) => (value(name) ? zonedTimeToInstant(value(name), timeZone).toISOString() : null);
  const dated = form.querySelector<HTMLInputElement>('input[name="dated"]:checked')?.value === 'fixed';
  return {
    title: texts('title'), text: texts('text'), timeZone, place: value('place') || null, online: checked('online'),
    capacity: { total: Number(value('total')), perMember: value('perMember') ? Number(value('perMember')) : null },
    registrationDeadline: instant('deadline'),
    ...(dated ? { startsAt: instant('startsAt'), endsAt: instant('endsAt'), tentative: null } : { startsAt: null, endsAt: null, tentative: `${value('year')}-${value('part')}` }),
  };
}

/** Radio buttons and checkboxes beside their words, not stretched like the text fields. */
export const choiceStyles = css`
  label.choice { display: flex; gap: 0.5em; align-items: center; }
  form:not(.inline) label.choice input { width: auto; }
  .registrations h3, article h3 { font-size: 1.05em; }
  /* A grid item grows to its widest content: without this a participants' table widens the page on a phone instead of scrolling in its box. */
  ul.plain > li, article { min-width: 0; }
`;
