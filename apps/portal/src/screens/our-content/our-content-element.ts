/**
 * The base of "Our resources" and "Our events": for the organisation's people and the
 * secretariat, the list of its records in every status (`GET /v1/organisations/{memberId}/{kind}`)
 * with the reason of a rejection, a form to create one (`POST /v1/{kind}`) or change one
 * (`PATCH /v1/{kind}/{id}` with the item's ETag in `If-Match`; a 412 keeps what was typed), and
 * the API's problem details next to the fields they name. A screen supplies its fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { resourceFinderStrings } from '@thb/widgets/resource-vocabulary';
import { PortalElement } from '../../internal/portal-element.ts';
import { readSession } from '../../internal/session.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { ContentProblem, contentRequest, mergePatchOf, type ContentItem, type ContentRecord } from './content-api.ts';
import type { ContentKey, FieldContext } from './form-fields.ts';
import { ourContentStyles } from './our-content.styles.ts';
import { ourContentStrings } from './our-content.strings.ts';

type Access = 'checking' | 'allowed' | 'refused';
type Editing<R> = { mode: 'new' } | { mode: 'edit'; item: ContentItem<R> };

/** The screens' strings with the resource vocabulary's names (types, topics, audiences). */
function catalogue() {
  const vocabulary = (language: 'en' | 'de' | 'fr') => Object.fromEntries(Object.entries(resourceFinderStrings[language] ?? {})
    .filter(([key]) => /^(type|topic|focus|audience)\./.test(key))) as Record<ContentKey, string>;
  return (['en', 'de', 'fr'] as const).reduce((all, language) => ({ ...all, [language]: { ...vocabulary(language), ...ourContentStrings[language] } }),
    {} as { en: Record<ContentKey, string>; de: Record<ContentKey, string>; fr: Record<ContentKey, string> });
}

/** Base class of the two content screens. */
export abstract class OurContentElement<R extends ContentRecord> extends PortalElement<ContentKey> {
  static override styles = [...PortalElement.styles, screenStyles, ourContentStyles];
  static override properties = {
    ...PortalElement.properties, memberId: { attribute: 'member-id' }, access: { state: true }, items: { state: true },
    editing: { state: true }, errors: { state: true }, notice: { state: true }, busy: { state: true },
  };
  declare memberId: string;
  declare access: Access;
  declare items: ContentItem<R>[] | undefined;
  declare editing: Editing<R> | undefined;
  declare errors: ReadonlyMap<string, string>;
  declare notice: { kind: 'ok' | 'error'; text: string } | undefined;
  declare busy: boolean;

  /** `resources` or `events`. */
  protected abstract readonly kind: 'resources' | 'events';
  /** The field names the form shows (the API's names, first segment): other errors go to the notice. */
  protected abstract readonly fieldNames: readonly string[];
  /** The form's fields for a new record (undefined) or an existing one. */
  protected abstract renderFields(context: FieldContext, record: R | undefined): TemplateResult;
  /** The record the form describes, in the API's stored form. */
  protected abstract readRecord(form: HTMLFormElement, existing: R | undefined): Record<string, unknown>;

  constructor() {
    super(catalogue());
    this.memberId = '';
    this.access = 'checking';
    this.errors = new Map();
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void readSession(location.origin).then(async (state) => {
      const user = state.status === 'signed-in' ? state.user : undefined;
      const member = user && (user.secretariat || user.organisations.some((o) => o.memberId === this.memberId));
      this.access = member ? 'allowed' : 'refused';
      if (member) await this.#load();
    });
  }

  async #load(): Promise<ContentItem<R>[] | undefined> {
    try {
      const list = await contentRequest<{ items: ContentItem<R>[] }>(`/v1/organisations/${encodeURIComponent(this.memberId)}/${this.kind}`);
      this.items = list.items;
      return list.items;
    } catch (error) {
      if (error instanceof ContentProblem && error.status === 403) this.access = 'refused';
      else this.notice = { kind: 'error', text: this.#problemText(error, 'oc.loadFailed') };
      return undefined;
    }
  }

  #problemText(error: unknown, key: 'oc.failed' | 'oc.loadFailed'): string {
    const { t } = this.strings;
    return error instanceof ContentProblem && error.status !== 0 ? t(key, { detail: error.message }) : t('oc.network');
  }

  protected titleOf(record: { title?: { en?: string } } | undefined): string {
    return record?.title?.en ?? '';
  }

  async #open(editing: Editing<R>): Promise<void> {
    this.editing = editing;
    this.errors = new Map();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('section.form h2')?.focus();
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    const { t } = this.strings;
    const existing = editing.mode === 'edit' ? editing.item : undefined;
    const record = this.readRecord(event.target as HTMLFormElement, existing?.record);
    const title = this.titleOf(record) || this.titleOf(existing?.record);
    this.busy = true;
    try {
      let status: string;
      if (existing) {
        const patch = mergePatchOf(existing.record, record);
        if (Object.keys(patch).length === 0) {
          this.notice = { kind: 'ok', text: t('oc.unchanged') };
          return;
        }
        status = (await contentRequest<{ status: string }>(`/v1/${this.kind}/${encodeURIComponent(existing.record.id)}`, {
          method: 'PATCH', body: patch, headers: { 'if-match': existing.etag },
        })).status;
      } else {
        status = (await contentRequest<{ status: string }>(`/v1/${this.kind}`, { method: 'POST', body: record })).status;
      }
      this.errors = new Map();
      this.editing = undefined;
      this.notice = { kind: 'ok', text: t(existing ? 'oc.saved' : 'oc.created', { title, status: this.#statusLabel(status) }) };
      await this.#load();
    } catch (error) {
      await this.#refused(error, existing, title);
    } finally {
      this.busy = false;
    }
  }

  /** A refusal: a 412 takes the newer ETag and keeps the form as typed; field errors go next to their fields. */
  async #refused(error: unknown, existing: ContentItem<R> | undefined, title: string): Promise<void> {
    const { t } = this.strings;
    if (error instanceof ContentProblem && error.status === 412 && existing) {
      const fresh = (await this.#load())?.find((item) => item.record.id === existing.record.id);
      // The form's record stays the one the edits were made on, so the next save sends just them.
      if (fresh) this.editing = { mode: 'edit', item: { ...existing, etag: fresh.etag } };
      this.notice = { kind: 'error', text: t('oc.stale', { title }) };
      return;
    }
    this.errors = new Map((error instanceof ContentProblem ? error.fields : []).map((field) => [field.name, field.message]));
    this.notice = { kind: 'error', text: this.#problemText(error, 'oc.failed') };
  }

  #statusLabel(status: string): string {
    const { t } = this.strings;
    return ['pending', 'published', 'rejected', 'suspended', 'deleted'].includes(status) ? t(`oc.status.${status}` as ContentKey) : status;
  }

  /** The API's messages that name no field of the form, shown above it. */
  #otherErrors(): string[] {
    return [...this.errors].filter(([name]) => !this.fieldNames.some((field) => name === field || name.startsWith(`${field}.`)))
      .map(([name, message]) => this.strings.t('oc.field.error', { field: name, message }));
  }

  #renderForm(editing: Editing<R>): TemplateResult {
    const { t } = this.strings;
    const record = editing.mode === 'edit' ? editing.item.record : undefined;
    const context: FieldContext = { t, errors: this.errors };
    const heading = record ? t('oc.form.edit', { title: this.titleOf(record) }) : t(`oc.form.new.${this.kind}`);
    const other = this.#otherErrors();
    return html`<section class="form" aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${heading}</h2>
      ${other.length > 0 ? html`<ul class="error">${other.map((text) => html`<li>${text}</li>`)}</ul>` : nothing}
      <form @submit=${(e: SubmitEvent) => void this.#save(e)} novalidate>
        ${this.renderFields(context, record)}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${record ? t('oc.save') : t('oc.create')}</button>
          <button type="button" @click=${() => { this.editing = undefined; this.errors = new Map(); }}>${t('oc.cancel')}</button>
        </div>
      </form>
    </section>`;
  }

  #renderItem(item: ContentItem<R>): TemplateResult {
    const { t } = this.strings;
    const title = this.titleOf(item.record);
    const id = `item-${item.record.id}`;
    return html`<li><article aria-labelledby=${id}>
      <h3 id=${id}>${title}</h3>
      <p>${t('oc.status', { status: '' })}<span class="status">${this.#statusLabel(item.status)}</span>${item.status === 'pending'
        ? html` <span class="muted">${t('oc.status.pending.hint')}</span>` : nothing}</p>
      ${item.reason ? html`<p>${t('oc.reason', { reason: item.reason })}</p>` : nothing}
      ${item.pendingReview.length > 0 && item.status !== 'pending' ? html`<p>${t('oc.waits', { fields: item.pendingReview.join(', ') })}</p>` : nothing}
      ${item.status === 'suspended' ? nothing : html`<button type="button" @click=${() => void this.#open({ mode: 'edit', item })}>${t('oc.edit', { title })}</button>`}
    </article></li>`;
  }

  override render() {
    const { t, lang } = this.strings;
    const heading = t(`oc.${this.kind}.title`);
    if (this.access === 'checking') return html`<div class="root" lang=${lang}><h1>${heading}</h1><p role="status">${t('loading')}</p></div>`;
    if (this.access === 'refused') {
      return html`<div class="root" lang=${lang}><h1>${t('oc.refused.title')}</h1><p>${t('oc.refused.text')}</p><p><a href="/portal/">${t('notFound.home')}</a></p></div>`;
    }
    const notice = this.notice;
    const items = this.items;
    return html`<div class="root" lang=${lang}>
      <h1>${heading}</h1>
      <p class="notice ${notice?.kind ?? ''}" role=${notice?.kind === 'error' ? 'alert' : 'status'}>${notice?.text ?? nothing}</p>
      ${this.editing ? this.#renderForm(this.editing) : html`<p><button class="primary" type="button" @click=${() => void this.#open({ mode: 'new' })}>${t(`oc.new.${this.kind}`)}</button></p>`}
      <section class="list" aria-labelledby="list-heading">
        <h2 id="list-heading">${t('oc.list.heading')}</h2>
        ${items === undefined ? html`<p>${t('loading')}</p>` : items.length === 0 ? html`<p>${t(`oc.list.${this.kind}.empty`)}</p>`
          : html`<ul class="items">${items.map((item) => this.#renderItem(item))}</ul>`}
      </section>
    </div>`;
  }
}
