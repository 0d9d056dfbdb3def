/**
 * The event form: the fields of the `Event` schema. Times are wall-clock times in the chosen
 * IANA zone, as the API stores them; a date known only to the month or the season is sent as
 * EDTF (`2027-10`, `2027-23` for autumn 2027) with the whole span as whole days.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from '@thb/schema/enums';
import type { LocalizedText } from '@thb/schema/localized';
import { parseApproximateDate, SEASONS } from '@thb/schema/time';
import type { ContentRecord } from './content-api.ts';
import { FormValues, group, input, localized, select, type FieldContext } from './form-fields.ts';
import { newRecordId } from './record-id.ts';

/** An event as stored. */
export interface EventRecord extends ContentRecord {
  description: LocalizedText;
  kind: string;
  status: string;
  start: string;
  end: string;
  timeZone: string;
  datePrecision: 'day' | 'month' | 'season';
  approximateDate?: string;
  format: string;
  place?: { name?: string; address?: string; city: string; country: string };
  onlineUrl?: string;
  registrationUrl?: string;
  languages: string[];
  organiser: { type: 'member'; memberId: string } | { type: 'commission' };
}

/** What decides which date fields show. */
export interface EventFormState {
  precision: 'day' | 'month' | 'season';
  allDay: boolean;
}

/** The names the form shows, as the API names them in its problems. */
export const EVENT_FIELDS = [
  'id', 'title', 'description', 'kind', 'status', 'timeZone', 'datePrecision', 'start', 'end', 'approximateDate', 'format', 'place',
  'onlineUrl', 'registrationUrl', 'languages',
];

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

function timeZones(): string[] {
  const known = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return known.includes(DEFAULT_TIME_ZONE) ? known : [DEFAULT_TIME_ZONE, ...known];
}

/** The form's state for a record (or a new one). */
export function eventFormState(record: EventRecord | undefined): EventFormState {
  return { precision: record?.datePrecision ?? 'day', allDay: record ? !record.start.includes('T') : false };
}

const SEASON_MONTHS: Record<(typeof SEASONS)[number], [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, date: number) => `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

/** The first and last day of an approximate date, as the API's whole-day `start` and `end`. */
function spanOf(edtf: string): { start: string; end: string } | undefined {
  const parsed = parseApproximateDate(edtf);
  if (!parsed) return undefined;
  if ('month' in parsed) return { start: day(parsed.year, parsed.month, 1), end: day(parsed.year, parsed.month, lastDay(parsed.year, parsed.month)) };
  if ('season' in parsed) {
    const [from, to] = SEASON_MONTHS[parsed.season];
    const endYear = to < from ? parsed.year + 1 : parsed.year;
    return { start: day(parsed.year, from, 1), end: day(endYear, to, lastDay(endYear, to)) };
  }
  return { start: day(parsed.year, 1, 1), end: day(parsed.year, 12, 31) };
}

/** The date fields for the chosen precision. */
function whenFields(context: FieldContext, record: EventRecord | undefined, state: EventFormState): TemplateResult {
  const { t } = context;
  const approximate = record?.approximateDate ? parseApproximateDate(record.approximateDate) : undefined;
  if (state.precision === 'season') {
    const season = (approximate as { season?: (typeof SEASONS)[number] } | undefined)?.season ?? 'autumn';
    const year = approximate?.year ?? new Date().getFullYear() + 1;
    return html`${select(context, 'season', t('oc.f.season'), String(21 + SEASONS.indexOf(season)),
        SEASONS.map((s, index) => ({ value: String(21 + index), label: t(`oc.season.${s}`) })))}
      ${input(context, 'year', t('oc.f.year'), String(year), { type: 'number', required: true })}`;
  }
  if (state.precision === 'month') {
    const month = approximate && 'month' in approximate ? `${approximate.year}-${String(approximate.month).padStart(2, '0')}` : '';
    return input(context, 'approximateDate', t('oc.f.month'), month, { type: 'month', required: true, hint: 'YYYY-MM' });
  }
  const type = state.allDay ? 'date' : 'datetime-local';
  const value = (text: string | undefined) => (text === undefined || text.includes('T') === !state.allDay ? text ?? '' : '');
  const hint = state.allDay ? undefined : t('oc.f.when.hint');
  return html`${input(context, 'start', t(state.allDay ? 'oc.f.startDay' : 'oc.f.start'), value(record?.start), { type, required: true, ...(hint ? { hint } : {}) })}
    ${input(context, 'end', t(state.allDay ? 'oc.f.endDay' : 'oc.f.end'), value(record?.end), { type, required: true, ...(hint ? { hint } : {}) })}`;
}

/** The fields, filled in from `record`; `changed` is called when a choice changes which fields show. */
export function eventFields(context: FieldContext, record: EventRecord | undefined, state: EventFormState, changed: (state: EventFormState) => void): TemplateResult {
  const { t } = context;
  const onPrecision = (event: Event) => changed({ ...state, precision: (event.target as HTMLSelectElement).value as EventFormState['precision'] });
  const onAllDay = (event: Event) => changed({ ...state, allDay: (event.target as HTMLInputElement).checked });
  return html`
    ${localized(context, 'title', 'oc.f.title', record?.title)}
    ${localized(context, 'description', 'oc.f.description', record?.description, true)}
    ${select(context, 'kind', t('oc.f.kind'), record?.kind ?? 'webinar', EVENT_KINDS.map((value) => ({ value, label: t(`oc.kind.${value}`) })))}
    ${select(context, 'status', t('oc.f.status'), record?.status ?? 'confirmed', EVENT_STATUSES.map((value) => ({ value, label: t(`oc.eventStatus.${value}`) })))}
    ${select(context, 'timeZone', t('oc.f.timeZone'), record?.timeZone ?? DEFAULT_TIME_ZONE, timeZones().map((value) => ({ value, label: value.replace(/_/g, ' ') })))}
    <div @change=${onPrecision}>${select(context, 'datePrecision', t('oc.f.datePrecision'), state.precision,
      (['day', 'month', 'season'] as const).map((value) => ({ value, label: t(`oc.precision.${value}`) })))}</div>
    ${state.precision === 'day' ? html`<label class="check"><input type="checkbox" name="allDay" .checked=${state.allDay} @change=${onAllDay}> ${t('oc.f.allDay')}</label>` : nothing}
    ${whenFields(context, record, state)}
    ${select(context, 'format', t('oc.f.format'), record?.format ?? 'online', EVENT_FORMATS.map((value) => ({ value, label: t(`oc.format.${value}`) })))}
    ${group(context, 'place', t('oc.f.place'), html`
      ${input(context, 'place.name', t('oc.f.placeName'), record?.place?.name ?? '')}
      ${input(context, 'place.address', t('oc.f.address'), record?.place?.address ?? '')}
      ${input(context, 'place.city', t('oc.f.city'), record?.place?.city ?? '')}
      ${input(context, 'place.country', t('oc.f.country'), record?.place?.country ?? '')}`)}
    ${input(context, 'onlineUrl', t('oc.f.onlineUrl'), record?.onlineUrl ?? '', { type: 'url' })}
    ${input(context, 'registrationUrl', t('oc.f.registrationUrl'), record?.registrationUrl ?? '', { type: 'url' })}
    ${input(context, 'languages', t('oc.f.languages'), (record?.languages ?? ['en']).join(', '), { required: true, hint: t('oc.codes.hint') })}`;
}

/** The event the form describes, organised by `memberId`. */
export function readEvent(form: HTMLFormElement, existing: EventRecord | undefined, memberId: string, state: EventFormState): Record<string, unknown> {
  const values = new FormValues(form);
  const { updatedAt: _u, approximateDate: _a, place: _p, onlineUrl: _o, registrationUrl: _r, ...kept } = existing ?? ({} as Partial<EventRecord> & { updatedAt?: string });
  const title = values.localized('title');
  const record: Record<string, unknown> = {
    ...kept,
    id: existing?.id ?? newRecordId(title.en ?? ''),
    title, description: values.localized('description'),
    kind: values.text('kind'), status: values.text('status'), timeZone: values.text('timeZone') ?? DEFAULT_TIME_ZONE,
    datePrecision: state.precision, format: values.text('format'), languages: values.codes('languages'),
    organiser: existing?.organiser ?? { type: 'member', memberId },
  };
  if (state.precision === 'day') {
    record.start = values.text('start') ?? '';
    record.end = values.text('end') ?? '';
  } else {
    const edtf = state.precision === 'season' ? `${values.text('year') ?? ''}-${values.text('season') ?? ''}` : values.text('approximateDate') ?? '';
    record.approximateDate = edtf;
    Object.assign(record, spanOf(edtf) ?? { start: '', end: '' });
  }
  const city = values.text('place.city');
  const country = values.text('place.country');
  if (city || country || values.text('place.name') || values.text('place.address')) {
    const place: Record<string, string> = { city: city ?? '', country: (country ?? '').toUpperCase() };
    for (const part of ['name', 'address'] as const) {
      const text = values.text(`place.${part}`);
      if (text) place[part] = text;
    }
    record.place = place;
  }
  for (const link of ['onlineUrl', 'registrationUrl'] as const) {
    const text = values.text(link);
    if (text) record[link] = text;
  }
  return record;
}
