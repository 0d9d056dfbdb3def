/**
 * `<thb-portal-entry member-id="…">`: "Our entry". An organisation's owner or editor (or the
 * secretariat) edits its member entry with a live preview, saves it as a merge patch with the
 * ETag it read, sees what waits for the secretariat, and reads the entry's history. Anyone else
 * gets the API's refusal (the history's 403) and no form.
 */
import { html, nothing } from 'lit';
import type { MemberView } from '@thb/schema';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { EntryProblem, loadEntry, loadHistory, saveEntry, type HistoryEntry, type LoadedEntry } from './entry-api.ts';
import { draftOf, entryPatch, previewOf, readDraft, REVIEWED_FIELDS, type EntryDraft } from './entry-draft.ts';
import { entryFields, fieldOfError } from './entry-form.ts';
import { fieldName, historyList, pendingOf, type PendingValues } from './entry-history.ts';
import { entryPreview } from './entry-preview.ts';
import { entryStyles } from './entry.styles.ts';
import { entryCatalogue, type EntryKey } from './entry.strings.ts';

type Access = 'loading' | 'ready' | 'refused' | 'missing' | 'failed';

/** The entry screen. @summary Edit one's organisation's member entry. */
export class ThbPortalEntry extends PortalElement<EntryKey> {
  static override styles = [...PortalElement.styles, screenStyles, entryStyles];
  static override properties = {
    ...PortalElement.properties, memberId: { attribute: 'member-id' },
    access: { state: true }, loaded: { state: true }, draft: { state: true }, history: { state: true }, pending: { state: true },
    errors: { state: true }, status: { state: true }, alert: { state: true }, stale: { state: true },
  };
  declare memberId: string;
  declare access: Access;
  declare loaded: LoadedEntry | undefined;
  /** What the form holds now, typed edits included. */
  declare draft: EntryDraft | undefined;
  declare history: HistoryEntry[];
  declare pending: PendingValues;
  declare errors: Record<string, string>;
  /** What the last request did (announced politely). */
  declare status: string;
  /** What went wrong (announced at once). */
  declare alert: string;
  /** The last save met a newer version (412). */
  declare stale: boolean;
  #busy = false;
  #preview?: { draft: EntryDraft; lang: string; member: MemberView };

  constructor() {
    super(entryCatalogue);
    this.access = 'loading';
    this.history = [];
    this.pending = {};
    this.errors = {};
    this.status = '';
    this.alert = '';
    this.stale = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  /** Reads the entry and its history; the typed edits are replaced by what is stored. */
  async #load(): Promise<void> {
    try {
      const [loaded, history] = await Promise.all([loadEntry(this.memberId), loadHistory(this.memberId)]);
      this.loaded = loaded;
      this.draft = draftOf(loaded.member, loaded.descriptions);
      this.history = history;
      this.pending = pendingOf(history, loaded.member);
      this.errors = {};
      this.access = 'ready';
    } catch (error) {
      const status = error instanceof EntryProblem ? error.status : 0;
      this.access = status === 403 ? 'refused' : status === 404 ? 'missing' : 'failed';
    }
  }

  #input(event: Event): void {
    this.draft = readDraft(event.currentTarget as HTMLFormElement);
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { loaded } = this;
    if (this.#busy || !loaded) return;
    const { t } = this.strings;
    const draft = readDraft(event.currentTarget as HTMLFormElement);
    const patch = entryPatch(draftOf(loaded.member, loaded.descriptions), draft);
    this.draft = draft;
    this.alert = '';
    if (Object.keys(patch).length === 0) {
      this.status = t('entry.unchanged');
      return;
    }
    this.#busy = true;
    this.status = t('entry.saving');
    try {
      const answer = await saveEntry(this.memberId, patch, loaded.etag);
      const waiting = answer.pendingReview.filter((field): field is keyof PendingValues => (REVIEWED_FIELDS as readonly string[]).includes(field));
      await this.#load();
      // The answer names what waits; the value is the one just sent.
      this.pending = { ...this.pending, ...Object.fromEntries(waiting.map((field) => [field, draft[field].trim()])) };
      this.stale = false;
      const list = new Intl.ListFormat(this.strings.lang, { type: 'conjunction' });
      this.status = waiting.length > 0 ? t('entry.saved.pending', { fields: list.format(waiting.map((f) => fieldName(f, this.strings))) }) : t('entry.saved');
    } catch (error) {
      this.status = '';
      this.#failed(error);
    } finally {
      this.#busy = false;
    }
  }

  #failed(error: unknown): void {
    const { t } = this.strings;
    if (!(error instanceof EntryProblem) || error.status === 0) {
      this.alert = t('entry.network');
    } else if (error.status === 412) {
      this.stale = true;
      this.alert = t('entry.stale');
    } else if (error.status === 400 && error.fields.length > 0) {
      this.errors = Object.fromEntries(error.fields.map((field) => [fieldOfError(field.name), `${t('field.invalid')} (${field.message})`]));
      this.alert = t('entry.invalid', { count: Object.keys(this.errors).length });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } else {
      this.alert = t('entry.failed', { detail: error.message });
    }
  }

  async #reload(): Promise<void> {
    await this.#load();
    this.stale = false;
    this.alert = '';
    this.status = this.strings.t('entry.reloaded');
  }

  /** The preview member, made again only when the draft or the language changes (the map redraws for each new value). */
  #previewMember(loaded: LoadedEntry, draft: EntryDraft, lang: string): MemberView {
    if (this.#preview?.draft !== draft || this.#preview.lang !== lang) this.#preview = { draft, lang, member: previewOf(loaded.member, draft, lang) };
    return this.#preview.member;
  }

  override render() {
    const strings = this.strings;
    const { t, lang } = strings;
    const { loaded, draft } = this;
    if (this.access !== 'ready' || !loaded || !draft) {
      const message = { loading: t('loading'), refused: t('entry.notYours.text'), missing: t('entry.notFound'), failed: t('error.network'), ready: t('loading') }[this.access];
      return html`<div class="root" lang=${lang}>
        <h1>${this.access === 'refused' ? t('entry.notYours.title') : t('entry.title')}</h1>
        <p role=${this.access === 'loading' ? 'status' : 'alert'}>${message}</p>
        ${this.access === 'loading' ? nothing : html`<p><a href="/portal/">${t('entry.overview')}</a></p>`}
      </div>`;
    }
    const updated = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(loaded.member.updatedAt));
    return html`<div class="root" lang=${lang}>
      <h1>${t('entry.title')}</h1>
      <p>${t('entry.intro', { name: loaded.member.name })} ${t('entry.updated', { date: updated })}</p>
      <div class="layout">
        <form novalidate aria-labelledby="form-title" @input=${(e: Event) => this.#input(e)} @submit=${(e: SubmitEvent) => void this.#save(e)}>
          <h2 id="form-title">${loaded.member.name}</h2>
          ${entryFields({ draft, member: loaded.member, pending: this.pending, errors: this.errors, strings })}
          <div class="save">
            <button class="primary" type="submit">${t('entry.save')}</button>
            <p class="status" role="status">${this.status}</p>
            <div class="alert" role="alert">${this.alert ? html`<p>${this.alert}</p>` : nothing}
              ${this.stale ? html`<button type="button" @click=${() => void this.#reload()}>${t('entry.reload')}</button>` : nothing}</div>
          </div>
        </form>
        ${entryPreview(this.#previewMember(loaded, draft, lang), strings)}
      </div>
      <section aria-labelledby="history-title">
        <h2 id="history-title">${t('history.title')}</h2>
        ${historyList(this.history, strings)}
      </section>
    </div>`;
  }
}

if (!customElements.get('thb-portal-entry')) customElements.define('thb-portal-entry', ThbPortalEntry);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-entry': ThbPortalEntry;
  }
}
