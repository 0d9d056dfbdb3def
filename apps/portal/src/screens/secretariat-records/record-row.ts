/**
 * One row of the records screen's search results: its status (and trust, for a member), its
 * actions (edit, suspend or restore, the trust toggle, its history) and, while edited, its form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { editFields, rowName, type RecordKind, type RecordRow } from './record-edit.ts';
import type { PartStrings } from './record-parts.ts';

/** What the row shows besides the record. */
export interface RecordRowState {
  kind: RecordKind;
  editing: boolean;
  busy: boolean;
  /** Whether the API says the organisation is trusted; undefined until it has. */
  trusted: boolean | undefined;
}

/** What the row's controls do. */
export interface RecordRowActions {
  edit(): void;
  save(event: SubmitEvent): void;
  cancel(): void;
  suspend(event: SubmitEvent): void;
  restore(): void;
  toggleTrust(): void;
  history(): void;
}

/** The row. */
export function recordRow(strings: PartStrings, row: RecordRow, state: RecordRowState, actions: RecordRowActions): TemplateResult {
  const { t } = strings;
  const name = rowName(row);
  const { busy, kind, trusted } = state;
  return html`<tr>
    <td>${name}</td><td>${row.id}</td>
    <td>${t(`sec.status.${row.status}`)}${kind === 'members' && trusted ? html`, ${t('records.isTrusted')}` : nothing}</td>
    <td><div class="actions">
      ${row.status === 'suspended'
        ? html`<button type="button" ?disabled=${busy} @click=${actions.restore}>${t('records.restore', { name })}</button>`
        : html`<button type="button" ?disabled=${busy} @click=${actions.edit}>${t('records.edit', { name })}</button>
          <form class="inline" @submit=${actions.suspend}>
            <label>${t('records.suspendReason', { name })}<input name="reason" maxlength="2000"></label>
            <button type="submit" ?disabled=${busy}>${t('records.suspend', { name })}</button>
          </form>`}
      ${kind === 'members'
        ? html`<button type="button" ?disabled=${busy || trusted === undefined} @click=${actions.toggleTrust}>${t(trusted ? 'records.untrust' : 'records.trust', { name })}</button>`
        : nothing}
      <button type="button" @click=${actions.history}>${t('records.history', { name })}</button>
    </div>
    ${state.editing ? html`<form class="edit" aria-label=${t('records.edit', { name })} @submit=${actions.save}>
      ${editFields(kind, row, (field) => t(`records.field.${field}`))}
      <div class="actions"><button class="primary" type="submit" ?disabled=${busy}>${t('records.save')}</button>
        <button type="button" @click=${actions.cancel}>${t('records.cancel')}</button></div>
    </form>` : nothing}</td>
  </tr>`;
}
