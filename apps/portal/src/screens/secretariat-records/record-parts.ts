/**
 * Parts of the records screen that only show what it loaded: the suspended records, one
 * record's history and the entries not confirmed for 13 months.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { changedFields, formatInstant } from '../secretariat-shared/secretariat-format.ts';
import type { RecordKind } from './record-edit.ts';
import type { HistoryEntry, SuspendedRecord } from './records-api.ts';

/** What a part needs of the screen's strings. */
export interface PartStrings {
  t(key: string, values?: Record<string, string | number>): string;
  lang: string;
}

/** The history the screen shows: whose, and its rows. */
export interface ShownHistory { kind: RecordKind; id: string; name: string; entries: HistoryEntry[] }

/** An entry not confirmed for 13 months. */
export interface StaleMember { id: string; name: string; country: string; lastConfirmedAt: string | null; lastCheckSentAt: string | null }

/** The suspended records, each with its restore and history buttons. */
export function suspendedList(
  strings: PartStrings, records: readonly SuspendedRecord[] | undefined, busy: boolean,
  actions: { restore(record: SuspendedRecord): void; history(record: SuspendedRecord): void },
): TemplateResult {
  const { t, lang } = strings;
  if (!records) return html`<p role="status">${t('loading')}</p>`;
  if (records.length === 0) return html`<p>${t('records.suspended.none')}</p>`;
  return html`<ul class="suspended">${records.map((record) => html`<li>
    ${t(`sec.kind.${record.kind}`)} ${record.name} (${record.id}), ${formatInstant(record.updatedAt, lang)}${record.reason ? html`: ${t('records.suspended.reason', { reason: record.reason })}` : nothing}
    <div class="actions">
      <button type="button" ?disabled=${busy} @click=${() => actions.restore(record)}>${t('records.restore', { name: record.name })}</button>
      <button type="button" @click=${() => actions.history(record)}>${t('records.history', { name: record.name })}</button>
    </div>
  </li>`)}</ul>`;
}

/** One record's writes, newest first: when (in the reader's zone), who, what and which fields. */
export function historyPart(strings: PartStrings, history: ShownHistory | undefined, close: () => void): TemplateResult | typeof nothing {
  if (!history) return nothing;
  const { t, lang } = strings;
  return html`<section class="history" aria-labelledby="history-title">
    <h2 id="history-title" tabindex="-1">${t('records.history', { name: history.name })}</h2>
    ${history.entries.length === 0 ? html`<p>${t('records.history.none')}</p>` : html`<ol class="history">
      ${history.entries.map((entry) => {
        const fields = changedFields(entry.before, entry.after).map(([field]) => field);
        return html`<li><time datetime=${entry.at}>${formatInstant(entry.at, lang)}</time>:
          ${t('records.history.entry', { who: entry.actorLabel, action: entry.action })}${fields.length ? html` (${t('records.history.fields', { fields: fields.join(', ') })})` : nothing}</li>`;
      })}
    </ol>`}
    <button type="button" @click=${close}>${t('records.history.close')}</button>
  </section>`;
}

/** The entries not confirmed for 13 months, with their last confirmation and check mail. */
export function staleTable(strings: PartStrings, stale: readonly StaleMember[] | undefined): TemplateResult {
  const { t, lang } = strings;
  if (!stale) return html`<p role="status">${t('loading')}</p>`;
  if (stale.length === 0) return html`<p>${t('records.stale.none')}</p>`;
  return html`<div class="scroll" tabindex="0"><table>
    <thead><tr><th scope="col">${t('records.col.name')}</th><th scope="col">${t('records.col.country')}</th><th scope="col">${t('records.stale.confirmed')}</th><th scope="col">${t('records.stale.sent')}</th></tr></thead>
    <tbody>${stale.map((m) => html`<tr><td>${m.name}</td><td>${m.country}</td>
      <td>${m.lastConfirmedAt ? formatInstant(m.lastConfirmedAt, lang) : t('records.stale.never')}</td>
      <td>${m.lastCheckSentAt ? formatInstant(m.lastCheckSentAt, lang) : t('records.stale.never')}</td></tr>`)}</tbody>
  </table></div>`;
}
