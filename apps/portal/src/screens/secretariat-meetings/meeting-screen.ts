/**
 * `<thb-portal-secretariat-meeting meeting-id="…">`: one meeting (when, where, places), fixing
 * or moving its date (`POST …/date`: the invitations go out), its edit form (`PUT`), cancelling
 * it after a confirmation, and its participants and waiting list with their needs (and the CSV);
 * with `meeting-id="new"` the form that plans a meeting (`POST /v1/meetings`).
 */
import { html, nothing } from 'lit';
import { zonedTimeToInstant } from '@thb/schema/time';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { ApiProblem, apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant, textIn } from '../secretariat-shared/secretariat-format.ts';
import { choiceStyles, meetingFields, meetingWhen, readMeetingForm, type MeetingView, type RegistrationView } from './meeting-form.ts';
import { meetingsCatalogue, type MeetingsKey } from './meetings.strings.ts';
import { registrationsTable } from './registrations-table.ts';

/** One meeting. @summary Plan, date, edit or cancel a meeting; see who comes. */
export class ThbPortalSecretariatMeeting extends SecretariatElement<MeetingsKey> {
  static override styles = [...SecretariatElement.styles, choiceStyles];
  static override properties = {
    ...SecretariatElement.properties, meetingId: { attribute: 'meeting-id' }, meeting: { state: true }, registrations: { state: true },
    busy: { state: true }, dated: { state: true }, confirming: { state: true },
  };
  declare meetingId: string;
  declare meeting: MeetingView | undefined;
  declare registrations: RegistrationView[];
  declare busy: boolean;
  /** Whether the edit form shows a fixed date (else a season or month). */
  declare dated: boolean;
  declare confirming: boolean;

  constructor() {
    super(withShared(meetingsCatalogue));
    this.busy = false;
    this.dated = false;
    this.confirming = false;
    this.registrations = [];
  }

  protected override get area() {
    return 'meetings' as const;
  }

  protected override async load(): Promise<void> {
    if (this.meetingId === 'new') return;
    try {
      const id = encodeURIComponent(this.meetingId);
      const meeting = (await apiRequest<{ items: MeetingView[] }>('/v1/meetings')).body.items.find((m) => m.id === this.meetingId);
      if (!meeting) return this.failed(new ApiProblem(404, 'There is no such meeting.'));
      this.show(meeting);
      this.registrations = (await apiRequest<{ items: RegistrationView[] }>(`/v1/meetings/${id}/registrations`)).body.items;
    } catch (error) {
      this.failed(error);
    }
  }

  private show(meeting: MeetingView): void {
    this.meeting = meeting;
    this.dated = meeting.startsAt !== null;
  }

  private async send(request: () => Promise<MeetingView>, done: MeetingsKey): Promise<void> {
    this.busy = true;
    try {
      const created = !this.meeting;
      this.show(await request());
      this.confirming = false;
      this.succeeded(this.strings.t(done));
      if (created) history.replaceState(null, '', `/portal/secretariat/meetings/${this.meeting!.id}`);
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private save(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const body = readMeetingForm(form);
    const meeting = this.meeting;
    void this.send(async () => (meeting
      ? await apiRequest<MeetingView>(`/v1/meetings/${meeting.id}`, { method: 'PUT', body })
      : await apiRequest<MeetingView>('/v1/meetings', { method: 'POST', body })).body, meeting ? 'meeting.saved' : 'meeting.created');
  }

  private fixDate(event: SubmitEvent, meeting: MeetingView): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const instant = (name: string) => zonedTimeToInstant(value(name), meeting.timeZone).toISOString();
    const body = { startsAt: instant('fixStartsAt'), endsAt: instant('fixEndsAt'), ...(value('fixPlace').trim() ? { place: value('fixPlace').trim() } : {}) };
    void this.send(async () => (await apiRequest<MeetingView>(`/v1/meetings/${meeting.id}/date`, { method: 'POST', body })).body, 'meeting.fixed');
  }

  private renderMeeting(meeting: MeetingView) {
    const { t, lang } = this.strings;
    const capacity = meeting.capacity.perMember === null ? t('meeting.capacityAny', { total: String(meeting.capacity.total) })
      : t('meeting.capacity', { total: String(meeting.capacity.total), perMember: String(meeting.capacity.perMember) });
    const cancelled = meeting.status === 'cancelled';
    return html`<h1>${textIn(meeting.title, lang)}</h1>
      ${cancelled ? html`<p class="error">${t('meeting.isCancelled')}</p>` : nothing}
      <dl>
        <dt>${t('meetings.col.when')}</dt><dd>${meetingWhen(meeting, lang, (part) => t(`season.${part}`))}</dd>
        <dt>${t('meetings.col.place')}</dt><dd>${meeting.place ?? '—'}${meeting.online ? html` · ${t('meeting.online')}` : nothing}</dd>
        <dt>${t('meetings.col.status')}</dt><dd>${t(`status.${meeting.status}`)} · ${capacity}</dd>
        ${meeting.registrationDeadline ? html`<dt>${t('field.deadline')}</dt><dd>${formatInstant(meeting.registrationDeadline, lang, meeting.timeZone)}</dd>` : nothing}
      </dl>
      <p>${textIn(meeting.text, lang)}</p>
      <section class="registrations" aria-labelledby="participants-heading">
        <h2 id="participants-heading">${t('meeting.registrations')}</h2>
        ${registrationsTable(this.registrations.filter((r) => r.status === 'registered'), t, { organisation: true })}
        <h3>${t('meeting.waitingList')}</h3>
        ${registrationsTable(this.registrations.filter((r) => r.status === 'waiting'), t, { organisation: true })}
        <p><a href="/v1/meetings/${meeting.id}/registrations.csv" download>${t('meeting.csv')}</a></p>
      </section>
      ${cancelled ? nothing : html`
        <section aria-labelledby="fix-heading">
          <h2 id="fix-heading">${t(meeting.startsAt ? 'meeting.move' : 'meeting.fix')}</h2>
          <p>${t('meeting.fixText')}</p>
          <form @submit=${(e: SubmitEvent) => this.fixDate(e, meeting)}>
            <label>${t('field.startsAt')} (${meeting.timeZone})<input name="fixStartsAt" type="datetime-local" required></label>
            <label>${t('field.endsAt')} (${meeting.timeZone})<input name="fixEndsAt" type="datetime-local" required></label>
            <label>${t('field.place')}<input name="fixPlace" maxlength="300" .value=${meeting.place ?? ''}></label>
            <div><button class="primary" type="submit" ?disabled=${this.busy}>${t('meeting.fixSubmit')}</button></div>
          </form>
        </section>
        <section aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">${t('meeting.cancel')}</h2>
          ${this.confirming ? html`<div class="actions" role="group" aria-label=${t('meeting.cancel')}>
              <p>${t('meeting.cancelConfirm')}</p>
              <button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.send(async () => (await apiRequest<MeetingView>(`/v1/meetings/${meeting.id}/cancel`, { method: 'POST' })).body, 'meeting.cancelled')}>${t('meeting.cancelYes')}</button>
              <button type="button" @click=${() => (this.confirming = false)}>${t('meeting.cancelNo')}</button>
            </div>`
          : html`<button type="button" @click=${() => (this.confirming = true)}>${t('meeting.cancel')}</button>`}
        </section>
        <h2>${t('meeting.edit')}</h2>`}`;
  }

  protected override renderScreen() {
    const { t, lang } = this.strings;
    const meeting = this.meeting;
    if (this.meetingId !== 'new' && !meeting) return html`<p role="status">${t('loading')}</p>`;
    return html`
      ${meeting ? this.renderMeeting(meeting) : html`<h1>${t('meeting.new.title')}</h1>`}
      ${meeting?.status === 'cancelled' ? nothing : html`<form @submit=${(e: SubmitEvent) => this.save(e)}>
        ${meetingFields(meeting, this.dated, t, lang, (dated) => (this.dated = dated))}
        <div><button class="primary" type="submit" ?disabled=${this.busy}>${t(meeting ? 'meeting.save' : 'meeting.create')}</button></div>
      </form>`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-meeting')) customElements.define('thb-portal-secretariat-meeting', ThbPortalSecretariatMeeting);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-meeting': ThbPortalSecretariatMeeting;
  }
}
