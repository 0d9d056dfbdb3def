/**
 * `<thb-portal-secretariat-audit>`: the audit log (`GET /v1/audit`), newest first, filtered by
 * kind, record, organisation, actor and dates, paged; times in the reader's zone via Intl, and
 * each entry's changed fields (before → after) on demand.
 */
import { html, nothing } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest, queryString } from '../secretariat-shared/secretariat-api.ts';
import { changedFields, formatInstant, showValue } from '../secretariat-shared/secretariat-format.ts';
import { auditCatalogue, type AuditKey } from './audit.strings.ts';

interface AuditEntry {
  id: string; at: string; actor: string; actorLabel: string; organisationId: string | null; route: string;
  kind: 'members' | 'resources' | 'events'; recordId: string; action: string; before: unknown; after: unknown;
}

const PAGE_SIZE = 20;
const FILTERS = ['record', 'organisation', 'actor'] as const;

/** The audit log. @summary Every write, filterable. */
export class ThbPortalSecretariatAudit extends SecretariatElement<AuditKey> {
  static override properties = { ...SecretariatElement.properties, result: { state: true }, filter: { state: true } };
  declare result: { items: AuditEntry[]; total: number; page: number } | undefined;
  declare filter: Record<string, string>;

  constructor() {
    super(withShared(auditCatalogue));
    this.filter = {};
  }

  protected override get area() {
    return 'audit' as const;
  }

  protected override async load(page = 1): Promise<void> {
    try {
      const { from, to, ...rest } = this.filter;
      // Dates are whole days in the reader's zone: from its start, to its end.
      const query = {
        ...rest, page, pageSize: PAGE_SIZE,
        from: from ? new Date(`${from}T00:00`).toISOString() : undefined,
        to: to ? new Date(`${to}T23:59:59.999`).toISOString() : undefined,
      };
      this.result = (await apiRequest<{ items: AuditEntry[]; total: number; page: number }>(`/v1/audit${queryString(query)}`)).body;
    } catch (error) {
      this.failed(error);
    }
  }

  #filter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.filter = Object.fromEntries(['kind', ...FILTERS, 'from', 'to'].map((name) => [name, (form.elements.namedItem(name) as HTMLInputElement).value.trim()]).filter(([, v]) => v !== ''));
    this.notice = undefined;
    void this.load(1);
  }

  protected override renderScreen() {
    const { t, lang, plural } = this.strings;
    const result = this.result;
    const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
    return html`<h1>${t('audit.title')}</h1>
      <form class="filters" role="search" aria-label=${t('audit.filter')} @submit=${(event: SubmitEvent) => this.#filter(event)}>
        <label>${t('audit.kind')}<select name="kind"><option value="">${t('audit.any')}</option>
          ${(['members', 'resources', 'events'] as const).map((kind) => html`<option value=${kind}>${t(`sec.kind.${kind}`)}</option>`)}</select></label>
        ${FILTERS.map((name) => html`<label>${t(`audit.${name}`)}<input name=${name} maxlength="200" autocomplete="off"></label>`)}
        <label>${t('audit.from')}<input name="from" type="date"></label>
        <label>${t('audit.to')}<input name="to" type="date"></label>
        <button type="submit">${t('audit.go')}</button>
      </form>
      ${!result ? html`<p role="status">${t('loading')}</p>` : html`<p role="status">${plural('audit.count', result.total)}</p>
        <div class="scroll" tabindex="0"><table>
          <thead><tr><th scope="col">${t('audit.col.at')}</th><th scope="col">${t('audit.col.who')}</th><th scope="col">${t('audit.col.action')}</th><th scope="col">${t('audit.col.record')}</th><th scope="col">${t('audit.col.route')}</th></tr></thead>
          <tbody>${result.items.map((entry) => {
            const changed = changedFields(entry.before, entry.after);
            return html`<tr>
              <td><time datetime=${entry.at}>${formatInstant(entry.at, lang)}</time></td>
              <td>${entry.actorLabel}</td>
              <td><span class="action">${entry.action}</span>${changed.length ? html`<details><summary>${t('audit.changes')}</summary><dl>${changed.map(([field, before, after]) => html`<dt>${field}</dt><dd><del>${showValue(before)}</del> → <ins>${showValue(after)}</ins></dd>`)}</dl></details>` : nothing}</td>
              <td>${t(`sec.kind.${entry.kind}`)} ${entry.recordId}</td>
              <td>${entry.route}</td>
            </tr>`;
          })}</tbody>
        </table></div>
        <div class="pager">
          <button type="button" ?disabled=${result.page <= 1} @click=${() => void this.load(result.page - 1)}>${t('sec.previous')}</button>
          <span>${t('sec.pageOf', { page: result.page, pages })}</span>
          <button type="button" ?disabled=${result.page >= pages} @click=${() => void this.load(result.page + 1)}>${t('sec.next')}</button>
        </div>`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-audit')) customElements.define('thb-portal-secretariat-audit', ThbPortalSecretariatAudit);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-audit': ThbPortalSecretariatAudit;
  }
}
