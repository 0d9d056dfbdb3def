/**
 * The entry's history (who, when, which fields) and what of it still waits for the secretariat.
 * The API lists pending changes to the secretariat only (`GET /v1/review`), so an organisation's
 * waiting name or country is read from its own history: proposed, and neither approved nor
 * rejected since.
 */
import { html, type TemplateResult } from 'lit';
import type { MemberView } from '@thb/schema';
import type { Strings } from '@thb/widgets/strings';
import type { HistoryEntry } from './entry-api.ts';
import { REVIEWED_FIELDS } from './entry-draft.ts';
import type { EntryKey } from './entry.strings.ts';

/** A waiting value per reviewed field. */
export type PendingValues = Partial<Record<(typeof REVIEWED_FIELDS)[number], string>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between a row's before and after (the server's `updatedAt` aside). */
export function changedFields(entry: HistoryEntry): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => field !== 'updatedAt' && !same(before[field], after[field])).sort();
}

/** The name and country changes still waiting, from the history (newest first) and the live member. */
export function pendingOf(history: readonly HistoryEntry[], member: MemberView): PendingValues {
  const pending: PendingValues = {};
  for (const entry of [...history].reverse()) {
    const fields = changedFields(entry).filter((field): field is keyof PendingValues => (REVIEWED_FIELDS as readonly string[]).includes(field));
    if (entry.action === 'propose') for (const field of fields) pending[field] = String(entry.after?.[field] ?? '');
    // A rejection does not say which change it refused: none is taken to wait any more.
    else if (entry.action === 'reject') for (const field of REVIEWED_FIELDS) delete pending[field];
    else if (entry.action === 'approve') for (const field of fields) delete pending[field];
  }
  for (const field of REVIEWED_FIELDS) if (pending[field] === member[field]) delete pending[field];
  return pending;
}

/** A field's name as the history shows it. */
export function fieldName(field: string, strings: Strings<EntryKey>): string {
  const { t } = strings;
  if (['name', 'acronym', 'country', 'city', 'scope', 'focus', 'languages', 'website'].includes(field)) return t(`field.${field}` as EntryKey).replace(/ \(.*\)$/, '');
  if (['coordinates', 'contact', 'description', 'lastConfirmedAt'].includes(field)) return t(`history.field.${field}` as EntryKey);
  return field;
}

const ACTIONS = ['create', 'update', 'propose', 'approve', 'reject'];

/** The history as a list, newest first, times in the reader's language and zone. */
export function historyList(history: readonly HistoryEntry[], strings: Strings<EntryKey>): TemplateResult {
  const { t, lang } = strings;
  if (history.length === 0) return html`<p>${t('history.empty')}</p>`;
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  return html`<ol class="history">${history.map((entry) => {
    const fields = changedFields(entry);
    const action = ACTIONS.includes(entry.action) ? entry.action : 'other';
    return html`<li>
      ${t('history.item', { when: when.format(new Date(entry.at)), who: entry.actorLabel })} ${t(`history.action.${action}` as EntryKey)}${fields.length > 0 ? html`<br><span class="muted">${t('history.fields', { fields: list.format(fields.map((f) => fieldName(f, strings))) })}</span>` : ''}
    </li>`;
  })}</ol>`;
}
