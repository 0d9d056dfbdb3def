/**
 * `<thb-portal-secretariat-records>`: search members, resources and events (the public lists,
 * `q`), edit one (`PATCH` with its ETag in `If-Match`), suspend it with a reason and restore it
 * (`POST …/suspend`, `…/reinstate`), mark an organisation trusted or not
 * (`PATCH /v1/organisations/{id}`); below, the entries not confirmed for 13 months.
 */
import { html, nothing } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest, queryString } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant } from '../secretariat-shared/secretariat-format.ts';
import { editFields, editPatch, rowName, type RecordKind, type RecordRow } from './record-edit.ts';
import { recordsCatalogue, type RecordsKey } from './records.strings.ts';
import { recentlySuspended, type SuspendedRecord } from './suspended-records.ts';

interface StaleMember { id: string; name: string; country: string; lastConfirmedAt: string | null; lastCheckSentAt: string | null }

const KINDS: readonly RecordKind[] = ['members', 'resources', 'events'];

/** The records screen. @summary Search, edit, suspend and restore records. */
export class ThbPortalSecretariatRecords extends SecretariatElement<RecordsKey> {
  static override properties = {
    ...SecretariatElement.properties, kind: { state: true }, rows: { state: true }, total: { state: true },
    editing: { state: true }, stale: { state: true }, suspended: { state: true }, busy: { state: true },
  };
  declare kind: RecordKind;
  declare rows: RecordRow[] | undefined;
  declare total: number;
  declare editing: { id: string; etag: string } | undefined;
  declare stale: StaleMember[] | undefined;
  declare suspended: SuspendedRecord[] | undefined;
  declare busy: boolean;
  #q = '';

  constructor() {
    super(withShared(recordsCatalogue));
    this.kind = 'members';
    this.total = 0;
    this.busy = false;
  }

  protected override get area() {
    return 'records' as const;
  }

  protected override async load(): Promise<void> {
    try {
      this.stale = (await apiRequest<{ items: StaleMember[] }>('/v1/review/stale-members')).body.items;
      this.suspended = await recentlySuspended();
    } catch (error) {
      this.failed(error);
    }
  }

  async #search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.kind = (form.elements.namedItem('kind') as HTMLSelectElement).value as RecordKind;
    this.#q = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
    this.editing = undefined;
    try {
      const page = (await apiRequest<{ items: RecordRow[]; total: number }>(`/v1/${this.kind}${queryString({ q: this.#q, lang: 'en', pageSize: 50 })}`)).body;
      this.rows = page.items.map((row) => ({ ...row, status: 'published' }));
      this.total = page.total;
    } catch (error) {
      this.failed(error);
    }
  }

  /** Runs a write and puts the answer's status into the row. */
  async #write(row: RecordRow, run: () => Promise<{ status?: string } | undefined>, done: string): Promise<void> {
    this.busy = true;
    try {
      const result = await run();
      if (result?.status) this.rows = this.rows?.map((r) => (r.id === row.id ? { ...r, status: result.status! } : r));
      this.suspended = await recentlySuspended();
      this.succeeded(done);
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  async #edit(row: RecordRow): Promise<void> {
    try {
      // The item's own ETag: the edit is refused (412) if someone wrote it since.
      const answer = await apiRequest<RecordRow>(`/v1/${this.kind}/${encodeURIComponent(row.id)}?lang=en`);
      this.rows = this.rows?.map((r) => (r.id === row.id ? { ...answer.body, status: r.status } : r));
      this.editing = { id: row.id, etag: answer.etag ?? '*' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('form.edit input')?.focus();
    } catch (error) {
      this.failed(error);
    }
  }

  async #save(event: SubmitEvent, row: RecordRow): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    const patch = editPatch(this.kind, row, form);
    const { t } = this.strings;
    await this.#write(row, async () => {
      const answer = await apiRequest<{ status: string; item: RecordRow; pendingReview: string[] }>(`/v1/${this.kind}/${encodeURIComponent(row.id)}`, {
        method: 'PATCH', body: patch, headers: { 'if-match': this.editing?.etag ?? '*' },
      });
      this.rows = this.rows?.map((r) => (r.id === row.id ? { ...answer.body.item, status: answer.body.status } : r));
      this.editing = undefined;
      return answer.body;
    }, t('records.saved', { name: rowName(row) }));
  }

  async #suspend(event: SubmitEvent, row: RecordRow): Promise<void> {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('reason') as HTMLInputElement;
    if (!field.value.trim()) {
      this.notice = { kind: 'error', text: this.strings.t('sec.reason.needed') };
      field.focus();
      return;
    }
    await this.#write(row, async () => (await apiRequest<{ status: string }>(`/v1/${this.kind}/${encodeURIComponent(row.id)}/suspend`, {
      method: 'POST', body: { reason: field.value.trim() },
    })).body, this.strings.t('records.suspended', { name: rowName(row) }));
  }

  async #restore(row: RecordRow): Promise<void> {
    await this.#write(row, async () => (await apiRequest<{ status: string }>(`/v1/${this.kind}/${encodeURIComponent(row.id)}/reinstate`, { method: 'POST' })).body,
      this.strings.t('records.restored', { name: rowName(row) }));
  }

  async #restoreSuspended(record: SuspendedRecord): Promise<void> {
    this.busy = true;
    try {
      await apiRequest(`/v1/${record.kind}/${encodeURIComponent(record.id)}/reinstate`, { method: 'POST' });
      this.suspended = this.suspended?.filter((r) => r !== record);
      this.rows = this.rows?.map((r) => (r.id === record.id ? { ...r, status: 'published' } : r));
      this.succeeded(this.strings.t('records.restored', { name: record.name }));
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  async #trust(row: RecordRow, trusted: boolean): Promise<void> {
    const { t } = this.strings;
    await this.#write(row, async () => {
      await apiRequest(`/v1/organisations/${encodeURIComponent(row.id)}`, { method: 'PATCH', body: { trusted } });
      return undefined;
    }, t(trusted ? 'records.trusted' : 'records.untrusted', { name: rowName(row) }));
  }

  #row(row: RecordRow) {
    const { t } = this.strings;
    const name = rowName(row);
    const editing = this.editing?.id === row.id;
    return html`<tr>
      <td>${name}</td><td>${row.id}</td><td>${t(`sec.status.${row.status}` as RecordsKey)}</td>
      <td><div class="actions">
        ${row.status === 'suspended'
          ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.#restore(row)}>${t('records.restore', { name })}</button>`
          : html`<button type="button" ?disabled=${this.busy} @click=${() => void this.#edit(row)}>${t('records.edit', { name })}</button>
            <form class="inline" @submit=${(event: SubmitEvent) => void this.#suspend(event, row)}>
              <label>${t('records.suspendReason', { name })}<input name="reason" maxlength="2000"></label>
              <button type="submit" ?disabled=${this.busy}>${t('records.suspend', { name })}</button>
            </form>`}
        ${this.kind === 'members' ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.#trust(row, true)}>${t('records.trust', { name })}</button>
          <button type="button" ?disabled=${this.busy} @click=${() => void this.#trust(row, false)}>${t('records.untrust', { name })}</button>` : nothing}
      </div>
      ${editing ? html`<form class="edit" aria-label=${t('records.edit', { name })} @submit=${(event: SubmitEvent) => void this.#save(event, row)}>
        ${editFields(this.kind, row, (field) => t(`records.field.${field}` as RecordsKey))}
        <div class="actions"><button class="primary" type="submit" ?disabled=${this.busy}>${t('records.save')}</button>
          <button type="button" @click=${() => (this.editing = undefined)}>${t('records.cancel')}</button></div>
      </form>` : nothing}</td>
    </tr>`;
  }

  protected override renderScreen() {
    const { t, lang, plural } = this.strings;
    const { rows, stale } = this;
    return html`<h1>${t('records.title')}</h1>
      <form class="filters" role="search" aria-label=${t('records.search')} @submit=${(event: SubmitEvent) => void this.#search(event)}>
        <label>${t('records.kind')}<select name="kind">${KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${t(`sec.kind.${kind}`)}</option>`)}</select></label>
        <label>${t('records.q')}<input name="q" type="search" maxlength="200"></label>
        <button type="submit">${t('records.go')}</button>
      </form>
      ${rows ? html`<p role="status">${plural('records.count', this.total)}</p>
        ${rows.length ? html`<div class="scroll" tabindex="0"><table>
          <thead><tr><th scope="col">${t('records.col.name')}</th><th scope="col">${t('records.col.id')}</th><th scope="col">${t('records.col.status')}</th><th scope="col">${t('records.col.actions')}</th></tr></thead>
          <tbody>${rows.map((row) => this.#row(row))}</tbody>
        </table></div>` : nothing}` : nothing}
      <h2>${t('records.suspended.title')}</h2>
      ${!this.suspended ? html`<p role="status">${t('loading')}</p>` : this.suspended.length === 0 ? html`<p>${t('records.suspended.none')}</p>` : html`<ul>
        ${this.suspended.map((record) => html`<li>${t(`sec.kind.${record.kind}`)} ${record.name} (${record.id}), ${formatInstant(record.at, lang)}
          <button type="button" ?disabled=${this.busy} @click=${() => void this.#restoreSuspended(record)}>${t('records.restore', { name: record.name })}</button></li>`)}
      </ul>`}
      <h2>${t('records.stale.title')}</h2>
      ${!stale ? html`<p role="status">${t('loading')}</p>` : stale.length === 0 ? html`<p>${t('records.stale.none')}</p>` : html`<div class="scroll" tabindex="0"><table>
        <thead><tr><th scope="col">${t('records.col.name')}</th><th scope="col">${t('records.col.country')}</th><th scope="col">${t('records.stale.confirmed')}</th><th scope="col">${t('records.stale.sent')}</th></tr></thead>
        <tbody>${stale.map((m) => html`<tr><td>${m.name}</td><td>${m.country}</td>
          <td>${m.lastConfirmedAt ? formatInstant(m.lastConfirmedAt, lang) : t('records.stale.never')}</td>
          <td>${m.lastCheckSentAt ? formatInstant(m.lastCheckSentAt, lang) : t('records.stale.never')}</td></tr>`)}</tbody>
      </table></div>`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-records')) customElements.define('thb-portal-secretariat-records', ThbPortalSecretariatRecords);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-records': ThbPortalSecretariatRecords;
  }
}
