/**
 * `<thb-portal-secretariat-announcement announcement-id="…">`: write an announcement (`new`:
 * `POST /v1/announcements`, a draft) or edit one (`PATCH` with its ETag in `If-Match`), with a
 * live preview as members read it (plain text; only web addresses become links), and publish
 * it after a confirmation that names who receives it (`POST …/publish`).
 */
import { css, html, nothing } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant } from '../secretariat-shared/secretariat-format.ts';
import { countryFocusStyles } from '../../internal/country-focus-fields.ts';
import { linkedItemList, linkedItems, type LinkedItem } from '../../internal/linked-items.ts';
import { plainTextParagraphs } from '../../internal/plain-text.ts';
import { announcementFields, readAnnouncementForm, type AnnouncementDraft } from './announcement-form.ts';
import type { LinksChange } from './announcement-links.ts';
import { audienceText, type AnnouncementView } from './announcement-types.ts';
import { announcementsCatalogue, type AnnouncementsKey } from './announcements.strings.ts';
import './announcement-links.ts';

/** One announcement. @summary Write, preview, edit and publish an announcement. */
export class ThbPortalSecretariatAnnouncement extends SecretariatElement<AnnouncementsKey> {
  static override styles = [...SecretariatElement.styles, countryFocusStyles, css`
    .layout { display: grid; gap: 1.5em; }
    @media (min-width: 64em) { .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; } }
    form { max-width: 40em; }
    form label.choice input[type='checkbox'] { width: auto; }
    section.preview { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.75em; overflow-wrap: anywhere; }
    section.preview h2 { font-size: 1.2em; margin-top: 0; }
    section.preview h3 { font-size: 1.1em; }
    .plain-text { white-space: pre-line; }
    dialog { max-width: min(30em, calc(100vw - 2em)); color: var(--_fg); background: var(--_bg); border: 1px solid var(--_line); border-radius: var(--_radius); }
  `];
  static override properties = {
    ...SecretariatElement.properties, announcementId: { attribute: 'announcement-id' },
    announcement: { state: true }, draft: { state: true }, links: { state: true }, busy: { state: true }, dirty: { state: true },
  };
  declare announcementId: string;
  declare announcement: AnnouncementView | undefined;
  /** What the form holds now, for the preview and the confirmation. */
  declare draft: AnnouncementDraft | undefined;
  declare links: LinksChange;
  declare busy: boolean;
  /** Changes not yet saved. */
  declare dirty: boolean;
  #etag = '*';

  constructor() {
    super(withShared(announcementsCatalogue));
    this.busy = false;
    this.dirty = false;
    this.links = { eventIds: [], resourceIds: [], items: [] };
  }

  protected override get area() {
    return 'announcements' as const;
  }

  protected override async load(): Promise<void> {
    if (this.announcementId === 'new') return;
    try {
      const answer = await apiRequest<AnnouncementView>(`/v1/announcements/${encodeURIComponent(this.announcementId)}`);
      this.#show(answer.body, answer.etag);
    } catch (error) {
      this.failed(error);
    }
  }

  #show(announcement: AnnouncementView, etag: string | null): void {
    this.announcement = announcement;
    this.#etag = etag ?? '*';
    this.draft = { title: { ...announcement.title }, text: { ...announcement.text }, audience: announcement.audience, public: announcement.public };
    const { eventIds, resourceIds } = announcement;
    this.links = { ...this.links, eventIds, resourceIds };
    this.dirty = false;
    void linkedItems(eventIds, resourceIds, this.strings.lang).then((items) => {
      if (this.links.eventIds === eventIds && this.links.resourceIds === resourceIds) this.links = { eventIds, resourceIds, items };
    });
  }

  get #form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form.announcement');
  }

  #typed(event: Event): void {
    // The link picker's search fields are its own, not the announcement's.
    if ((event.target as Element).localName === 'thb-portal-announcement-links') return;
    const form = this.#form;
    if (form) this.draft = readAnnouncementForm(form);
    this.dirty = true;
  }

  #linksChanged(event: CustomEvent<LinksChange>): void {
    this.links = event.detail;
    this.dirty = true;
  }

  #body(): Record<string, unknown> | undefined {
    const form = this.#form;
    if (!form || !form.reportValidity()) return undefined;
    return { ...readAnnouncementForm(form), eventIds: this.links.eventIds, resourceIds: this.links.resourceIds };
  }

  /** Saves the form; true when it was saved. */
  async #save(): Promise<boolean> {
    const body = this.#body();
    if (!body) return false;
    this.busy = true;
    try {
      const existing = this.announcement;
      const answer = existing
        ? await apiRequest<AnnouncementView>(`/v1/announcements/${existing.id}`, { method: 'PATCH', body, headers: { 'if-match': this.#etag } })
        : await apiRequest<AnnouncementView>('/v1/announcements', { method: 'POST', body });
      this.#show(answer.body, answer.etag);
      this.succeeded(this.strings.t(existing ? 'ann.saved' : 'ann.created'));
      if (!existing) history.replaceState(null, '', `/portal/secretariat/announcements/${answer.body.id}`);
      return true;
    } catch (error) {
      this.failed(error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #askToPublish(): void {
    if (this.#form?.reportValidity()) this.#dialog?.showModal();
  }

  async #publish(): Promise<void> {
    this.#dialog?.close();
    if (this.dirty && !(await this.#save())) return;
    const announcement = this.announcement;
    if (!announcement) return;
    this.busy = true;
    try {
      const answer = await apiRequest<AnnouncementView>(`/v1/announcements/${announcement.id}/publish`, { method: 'POST', headers: { 'if-match': this.#etag } });
      this.#show(answer.body, answer.etag);
      this.succeeded(this.strings.t('ann.published', { audience: this.#audience(answer.body.audience) }));
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  #audience(audience: AnnouncementDraft['audience']): string {
    return audienceText(audience, this.strings.lang, this.strings.t);
  }

  #preview(draft: AnnouncementDraft | undefined, items: LinkedItem[]) {
    const { t, lang } = this.strings;
    const languageName = new Intl.DisplayNames([lang], { type: 'language' });
    // Members read their language, else the English original.
    const shown = (texts: Record<string, string> | undefined) => (texts?.[lang] ? { value: texts[lang], lang } : { value: texts?.en ?? '', lang: 'en' });
    const title = shown(draft?.title);
    const text = shown(draft?.text);
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t('ann.preview')}</h2>
      <p class="muted">${t('ann.preview.hint', { language: languageName.of(lang) ?? lang })}</p>
      ${!title.value && !text.value ? html`<p class="muted">${t('ann.preview.empty')}</p>` : html`<article lang=${title.lang}>
        <h3>${title.value}</h3>
        <div lang=${text.lang}>${plainTextParagraphs(text.value)}</div>
        ${linkedItemList(items, lang, (kind, name) => t(kind === 'event' ? 'ann.links.event' : 'ann.links.resource', { title: name }))}
      </article>`}
    </section>`;
  }

  #confirmation() {
    const { t } = this.strings;
    const draft = this.draft;
    return html`<dialog aria-labelledby="publish-heading">
      <h2 id="publish-heading">${t('ann.publish.title')}</h2>
      <p>${t('ann.publish.text', { title: draft?.title.en ?? '', audience: this.#audience(draft?.audience ?? { countries: [], focusAreas: [] }) })}</p>
      ${draft?.public ? html`<p>${t('ann.publish.public')}</p>` : nothing}
      ${this.dirty ? html`<p>${t('ann.publish.unsaved')}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="button" @click=${() => void this.#publish()}>${t('ann.publish.confirm')}</button>
        <button type="button" autofocus @click=${() => this.#dialog?.close()}>${t('ann.publish.cancel')}</button>
      </div>
    </dialog>`;
  }

  protected override renderScreen() {
    const { t, lang } = this.strings;
    const announcement = this.announcement;
    if (this.announcementId !== 'new' && !announcement) return html`<p role="status">${t('loading')}</p>`;
    const published = announcement?.status === 'published';
    return html`
      <h1>${announcement ? t('ann.edit') : t('ann.compose')}</h1>
      ${announcement ? html`<p class="state">${[
        published ? t('ann.publishedOn', { date: formatInstant(announcement.publishedAt, lang) }) : t('ann.draft'),
        `${t(announcement.public ? 'ann.public' : 'ann.membersOnly')} · ${this.#audience(announcement.audience)}`,
      ].join(' ')}</p>` : nothing}
      <div class="layout">
        <form class="announcement" @input=${(event: Event) => this.#typed(event)} @change=${(event: Event) => this.#typed(event)} @submit=${(event: SubmitEvent) => { event.preventDefault(); void this.#save(); }}>
          ${announcementFields(announcement, t, lang)}
          <thb-portal-announcement-links .eventIds=${this.links.eventIds} .resourceIds=${this.links.resourceIds}
            @thb-links-change=${(event: CustomEvent<LinksChange>) => this.#linksChanged(event)}></thb-portal-announcement-links>
          <div class="actions">
            <button class=${published ? 'primary' : ''} type="submit" ?disabled=${this.busy}>${t(announcement ? 'ann.save' : 'ann.save.new')}</button>
            ${published ? nothing : html`<button class="primary" type="button" ?disabled=${this.busy} @click=${() => this.#askToPublish()}>${t('ann.publish')}</button>`}
          </div>
        </form>
        ${this.#preview(this.draft, this.links.items)}
      </div>
      ${this.#confirmation()}`;
  }
}

if (!customElements.get('thb-portal-secretariat-announcement')) customElements.define('thb-portal-secretariat-announcement', ThbPortalSecretariatAnnouncement);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-announcement': ThbPortalSecretariatAnnouncement;
  }
}
