/** `<thb-portal-secretariat-meetings>`: every platform meeting, when and where, planned or cancelled. */
import { html } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { textIn } from '../secretariat-shared/secretariat-format.ts';
import { meetingWhen, type MeetingView } from './meeting-form.ts';
import { meetingsCatalogue, type MeetingsKey } from './meetings.strings.ts';

/** The meetings list. @summary The secretariat's platform meetings. */
export class ThbPortalSecretariatMeetings extends SecretariatElement<MeetingsKey> {
  static override properties = { ...SecretariatElement.properties, meetings: { state: true } };
  declare meetings: MeetingView[] | undefined;

  constructor() {
    super(withShared(meetingsCatalogue));
  }

  protected override get area() {
    return 'meetings' as const;
  }

  protected override async load(): Promise<void> {
    try {
      this.meetings = (await apiRequest<{ items: MeetingView[] }>('/v1/meetings')).body.items;
    } catch (error) {
      this.failed(error);
    }
  }

  protected override renderScreen() {
    const { t, lang } = this.strings;
    const meetings = this.meetings;
    return html`<h1>${t('meetings.title')}</h1>
      <p><a href="/portal/secretariat/meetings/new">${t('meetings.new')}</a></p>
      ${!meetings ? html`<p role="status">${t('loading')}</p>` : meetings.length === 0 ? html`<p>${t('meetings.none')}</p>` : html`<div class="scroll" tabindex="0"><table>
        <thead><tr>${(['title', 'when', 'place', 'status'] as const).map((col) => html`<th scope="col">${t(`meetings.col.${col}`)}</th>`)}</tr></thead>
        <tbody>${meetings.map((m) => html`<tr>
          <td><a href="/portal/secretariat/meetings/${m.id}">${textIn(m.title, lang)}</a></td>
          <td>${meetingWhen(m, lang, (part) => t(`season.${part}`))}</td>
          <td>${m.place ?? '—'}${m.online ? html` · ${t('attendance.online')}` : ''}</td>
          <td>${t(`status.${m.status}`)}</td>
        </tr>`)}</tbody>
      </table></div>`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-meetings')) customElements.define('thb-portal-secretariat-meetings', ThbPortalSecretariatMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-meetings': ThbPortalSecretariatMeetings;
  }
}
