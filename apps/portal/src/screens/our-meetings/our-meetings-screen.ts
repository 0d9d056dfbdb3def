/**
 * `<thb-portal-our-meetings member-id>`: the platform meetings for an organisation's owners and
 * editors (and the secretariat): register named participants (name, email, in person or online,
 * interpretation languages, accessibility needs), see who has a place and who waits, and cancel
 * a registration. The API decides the place and shows each organisation only its own people.
 */
import { html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { readSession } from '../../internal/session.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { ApiProblem, apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { secretariatStyles } from '../secretariat-shared/secretariat.styles.ts';
import { textIn } from '../secretariat-shared/secretariat-format.ts';
import { choiceStyles, meetingWhen, type MeetingView, type RegistrationView } from '../secretariat-meetings/meeting-form.ts';
import { meetingsCatalogue, type MeetingsKey } from '../secretariat-meetings/meetings.strings.ts';
import { registrationsTable } from '../secretariat-meetings/registrations-table.ts';

type Access = 'checking' | 'member' | 'refused';

/** The organisation's meetings. @summary Register an organisation's participants. */
export class ThbPortalOurMeetings extends PortalElement<MeetingsKey> {
  static override styles = [...PortalElement.styles, screenStyles, secretariatStyles, choiceStyles];
  static override properties = {
    ...PortalElement.properties, memberId: { attribute: 'member-id' }, access: { state: true }, organisationName: { state: true },
    meetings: { state: true }, registrations: { state: true }, notice: { state: true }, busy: { state: true },
  };
  declare memberId: string;
  declare access: Access;
  declare organisationName: string;
  declare meetings: MeetingView[] | undefined;
  /** This organisation's live registrations, by meeting. */
  declare registrations: Record<string, RegistrationView[]>;
  declare notice: { kind: 'ok' | 'error'; text: string } | undefined;
  declare busy: boolean;

  constructor() {
    super(meetingsCatalogue);
    this.memberId = '';
    this.access = 'checking';
    this.organisationName = '';
    this.registrations = {};
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void readSession(location.origin).then((state) => {
      if (state.status !== 'signed-in') return void (this.access = 'refused');
      const organisation = state.user.organisations.find((o) => o.memberId === this.memberId);
      this.organisationName = organisation?.name ?? this.memberId;
      // Editors register too: a registration is the organisation's content, not its people or keys.
      this.access = organisation || state.user.secretariat ? 'member' : 'refused';
      if (this.access === 'member') void this.load();
    });
  }

  private async load(): Promise<void> {
    try {
      const meetings = (await apiRequest<{ items: MeetingView[] }>('/v1/meetings')).body.items.filter((m) => m.status === 'planned');
      const entries = await Promise.all(meetings.map(async (m) => [m.id,
        (await apiRequest<{ items: RegistrationView[] }>(`/v1/meetings/${m.id}/registrations`)).body.items
          .filter((r) => r.memberId === this.memberId && r.status !== 'cancelled')] as const));
      this.registrations = Object.fromEntries(entries);
      this.meetings = meetings;
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    const { t } = this.strings;
    this.notice = { kind: 'error', text: error instanceof ApiProblem && error.status !== 0 ? t('org.failed', { detail: error.message }) : t('org.network') };
  }

  private async register(event: SubmitEvent, meeting: MeetingView): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const body = {
      memberId: this.memberId, name: text('name'), email: text('email'), attendance: text('attendance') || 'in-person',
      languages: text('languages').split(/[\s,;]+/).map((l) => l.toLowerCase()).filter(Boolean), accessibility: text('accessibility') || null,
    };
    this.busy = true;
    try {
      const { body: registration } = await apiRequest<RegistrationView>(`/v1/meetings/${meeting.id}/registrations`, { method: 'POST', body });
      form.reset();
      await this.load();
      this.notice = { kind: 'ok', text: this.strings.t(registration.status === 'waiting' ? 'our.waiting' : 'our.registered', { name: registration.name }) };
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private async cancel(registration: RegistrationView): Promise<void> {
    try {
      await apiRequest(`/v1/meetings/${registration.meetingId}/registrations/${registration.id}`, { method: 'DELETE' });
      await this.load();
      this.notice = { kind: 'ok', text: this.strings.t('our.cancelledOne', { name: registration.name }) };
    } catch (error) {
      this.failed(error);
    }
  }

  private renderMeeting(meeting: MeetingView) {
    const { t, lang } = this.strings;
    const title = textIn(meeting.title, lang);
    const mine = this.registrations[meeting.id] ?? [];
    const closed = meeting.registrationDeadline !== null && Date.parse(meeting.registrationDeadline) < Date.now();
    const cancelButton = (r: RegistrationView) => html`<button type="button" aria-label=${t('our.cancelOf', { name: r.name })} @click=${() => void this.cancel(r)}>${t('our.cancelOne')}</button>`;
    const id = (field: string) => `${field}-${meeting.id}`;
    return html`<li><article aria-labelledby=${id('title')}>
      <h2 id=${id('title')}>${title}</h2>
      <p>${meetingWhen(meeting, lang, (part) => t(`season.${part}`))}${meeting.place ? ` · ${meeting.place}` : ''}${meeting.online ? html` · ${t('meeting.online')}` : nothing}</p>
      <h3>${t('our.ours')}</h3>
      ${registrationsTable(mine.filter((r) => r.status === 'registered'), t, { action: cancelButton })}
      <h3>${t('meeting.waitingList')}</h3>
      ${registrationsTable(mine.filter((r) => r.status === 'waiting'), t, { action: cancelButton })}
      ${closed ? html`<p>${t('our.closed')}</p>` : html`<details>
        <summary>${t('our.register')}</summary>
        <form aria-label=${t('our.registerFor', { meeting: title })} @submit=${(e: SubmitEvent) => void this.register(e, meeting)}>
          <label>${t('our.name')}<input name="name" required maxlength="200" autocomplete="off"></label>
          <label>${t('our.email')}<input name="email" type="email" required autocomplete="off"></label>
          <fieldset><legend>${t('our.attendance')}</legend>
            <label class="choice"><input type="radio" name="attendance" value="in-person" checked> ${t('attendance.in-person')}</label>
            ${meeting.online ? html`<label class="choice"><input type="radio" name="attendance" value="online"> ${t('attendance.online')}</label>` : nothing}
          </fieldset>
          <label>${t('our.languages')}<input name="languages" maxlength="100" autocomplete="off"></label>
          <label>${t('our.accessibility')}<textarea name="accessibility" rows="2" maxlength="1000"></textarea></label>
          <div><button class="primary" type="submit" ?disabled=${this.busy}>${t('our.submit')}</button></div>
        </form>
      </details>`}
    </article></li>`;
  }

  override render() {
    const { t, lang } = this.strings;
    const notice = this.notice;
    const meetings = this.meetings;
    const body = this.access === 'checking' ? html`<p role="status">${t('loading')}</p>`
      : this.access === 'refused' ? html`<p>${t('our.onlyMembers')}</p>`
        : html`<p class="notice ${notice?.kind ?? ''}" role=${notice?.kind === 'error' ? 'alert' : 'status'}>${notice?.text ?? ''}</p>
          <p>${t('our.intro')}</p>
          ${!meetings ? html`<p role="status">${t('loading')}</p>` : meetings.length === 0 ? html`<p>${t('our.none')}</p>`
            : html`<ul class="plain">${meetings.map((m) => this.renderMeeting(m))}</ul>`}`;
    return html`<div class="root" lang=${lang}>
      <h1>${t('our.title')}${this.organisationName ? html` <span class="muted">· ${this.organisationName}</span>` : ''}</h1>
      ${body}
      <p><a href="/portal/">${t('org.back')}</a></p>
    </div>`;
  }
}

if (!customElements.get('thb-portal-our-meetings')) customElements.define('thb-portal-our-meetings', ThbPortalOurMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-our-meetings': ThbPortalOurMeetings;
  }
}
