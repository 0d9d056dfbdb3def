/**
 * `<thb-portal-secretariat-announcements>`: every announcement, newest first: drafts and
 * published ones, whether the public sees it too or members only, and which members.
 */
import { html } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant, textIn } from '../secretariat-shared/secretariat-format.ts';
import { audienceText, type AnnouncementView } from './announcement-types.ts';
import { announcementsCatalogue, type AnnouncementsKey } from './announcements.strings.ts';

/** The announcements list. @summary The secretariat's announcements. */
export class ThbPortalSecretariatAnnouncements extends SecretariatElement<AnnouncementsKey> {
  static override properties = { ...SecretariatElement.properties, announcements: { state: true } };
  declare announcements: AnnouncementView[] | undefined;

  constructor() {
    super(withShared(announcementsCatalogue));
  }

  protected override get area() {
    return 'announcements' as const;
  }

  protected override async load(): Promise<void> {
    try {
      this.announcements = (await apiRequest<{ items: AnnouncementView[] }>('/v1/announcements')).body.items;
    } catch (error) {
      this.failed(error);
    }
  }

  protected override renderScreen() {
    const { t, lang } = this.strings;
    const list = this.announcements;
    return html`<h1>${t('ann.title')}</h1>
      <p><a href="/portal/secretariat/announcements/new">${t('ann.new')}</a></p>
      ${!list ? html`<p role="status">${t('loading')}</p>` : list.length === 0 ? html`<p>${t('ann.none')}</p>` : html`<div class="scroll" tabindex="0" role="region" aria-label=${t('ann.title')}><table>
        <thead><tr><th scope="col">${t('ann.col.title')}</th><th scope="col">${t('ann.col.status')}</th><th scope="col">${t('ann.col.visible')}</th></tr></thead>
        <tbody>${list.map((a) => html`<tr>
          <td><a href="/portal/secretariat/announcements/${a.id}">${textIn(a.title, lang)}</a></td>
          <td>${a.status === 'published' ? t('ann.status.published', { date: formatInstant(a.publishedAt, lang) }) : t('ann.status.draft')}</td>
          <td>${t(a.public ? 'ann.public' : 'ann.membersOnly')}; ${audienceText(a.audience, lang, t)}</td>
        </tr>`)}</tbody>
      </table></div>`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-announcements')) customElements.define('thb-portal-secretariat-announcements', ThbPortalSecretariatAnnouncements);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-announcements': ThbPortalSecretariatAnnouncements;
  }
}
