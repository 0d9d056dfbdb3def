/**
 * `<thb-portal-secretariat-records>`: search members, resources and events (the public lists,
 * `q`), edit one (`PATCH` with its ETag in `If-Match`), suspend it with a reason and restore it
 * (`POST …/suspend`, `…/reinstate`), trust an organisation or stop (`PATCH /v1/organisations/{id}`,
 * one button showing the state `GET /v1/review/trusted-organisations` reports); below, every
 * suspended record (`GET /v1/review/records`), one record's history on demand and the entries
 * not confirmed for 13 months.
 */
import { html, nothing } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest, queryString } from '../secretariat-shared/secretariat-api.ts';
import { editPatch, rowName, type RecordKind, type RecordRow } from './record-edit.ts';
import { recordRow } from './record-row.ts';
import { historyPart, staleTable, suspendedList, type ShownHistory, type StaleMember } from './record-parts.ts';
import { recordHistory, suspendedRecords, trustedOrganisations, type SuspendedRecord } from './records-api.ts';
import { recordsCatalogue, type RecordsKey } from './records.strings.ts';

const KINDS: readonly RecordKind[] = ['members', 'resources', 'events'];

/** The records screen. @summary Search, edit, suspend and restore records. */
export class ThbPortalSecretariatRecords extends SecretariatElement<RecordsKey> {
  static override properties = {
    ...SecretariatElement.properties, kind: { state: true }, rows: { state: true }, total: { state: true },
    editing: { state: true }, stale: { state: true }, suspended: { state: true }, busy: { state: true },
    trusted: { state: true }, history: { state: true },
  };
  declare kind: RecordKind;
  declare rows: RecordRow[] | undefined;
  declare total: number;
  declare editing: { id: string; etag: string } | undefined;
  declare stale: StaleMember[] | undefined;
  declare suspended: SuspendedRecord[] | undefined;
  declare busy: boolean;
  /** Ids of the trusted organisations, as the API says; undefined until it has. */
  declare trusted: ReadonlySet<string> | undefined;
  declare history: ShownHistory | undefined;
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
      [this.stale, this.suspended, this.trusted] = await Promise.all([
        apiRequest<{ items: StaleMember[] }>('/v1/review/stale-members').then((answer) => answer.body.items),
        suspendedRecords(), trustedOrganisations(),
      ]);
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
      this.suspended = await suspendedRecords();
      await this.#refreshHistory();
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
      this.suspended = await suspendedRecords();
      await this.#refreshHistory();
      this.rows = this.rows?.map((r) => (r.id === record.id ? { ...r, status: 'published' } : r));
      this.succeeded(this.strings.t('records.restored', { name: record.name }));
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  /** Trusts the organisation if the API says it is not trusted, else stops; then reads the state back. */
  async #toggleTrust(row: RecordRow): Promise<void> {
    const trusted = !this.trusted?.has(row.id);
    await this.#write(row, async () => {
      await apiRequest(`/v1/organisations/${encodeURIComponent(row.id)}`, { method: 'PATCH', body: { trusted } });
      this.trusted = await trustedOrganisations();
      return undefined;
    }, this.strings.t(trusted ? 'records.trusted' : 'records.untrusted', { name: rowName(row) }));
  }

  /** Reads the shown history again after a write, which may have added to it. */
  async #refreshHistory(): Promise<void> {
    if (this.history) this.history = { ...this.history, entries: await recordHistory(this.history.kind, this.history.id) };
  }

  /** Shows one record's writes and moves focus to their heading. */
  async #showHistory(kind: RecordKind, id: string, name: string): Promise<void> {
    try {
      this.history = { kind, id, name, entries: await recordHistory(kind, id) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#history-title')?.focus();
    } catch (error) {
      this.failed(error);
    }
  }

  #row(row: RecordRow) {
    return recordRow(this.strings, row, {
      kind: this.kind, editing: this.editing?.id === row.id, busy: this.busy, trusted: this.trusted?.has(row.id),
    }, {
      edit: () => void this.#edit(row),
      save: (event) => void this.#save(event, row),
      cancel: () => (this.editing = undefined),
      suspend: (event) => void this.#suspend(event, row),
      restore: () => void this.#restore(row),
      toggleTrust: () => void this.#toggleTrust(row),
      history: () => void this.#showHistory(this.kind, row.id, rowName(row)),
    });
  }

  protected override renderScreen() {
    const { t, plural } = this.strings;
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
      ${suspendedList(this.strings, this.suspended, this.busy, {
        restore: (record) => void this.#restoreSuspended(record),
        history: (record) => void this.#showHistory(record.kind, record.id, record.name),
      })}
      ${historyPart(this.strings, this.history, () => (this.history = undefined))}
      <h2>${t('records.stale.title')}</h2>
      ${staleTable(this.strings, stale)}`;
  }
}

if (!customElements.get('thb-portal-secretariat-records')) customElements.define('thb-portal-secretariat-records', ThbPortalSecretariatRecords);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-records': ThbPortalSecretariatRecords;
  }
}
