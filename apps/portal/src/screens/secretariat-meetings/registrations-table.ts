/**
 * A table of registrations with the needs the secretariat plans for (attendance, interpretation,
 * accessibility); the organisations' screen adds a cancel button per person.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RegistrationView } from './meeting-form.ts';
import type { MeetingsKey } from './meetings.strings.ts';

type Words = (key: MeetingsKey, values?: Record<string, string>) => string;

/** How the table is shown: with each person's organisation, and with an action per row. */
export interface RegistrationsTableOptions {
  organisation?: boolean;
  action?: (registration: RegistrationView) => TemplateResult;
}

/** The table, or "nobody yet". */
export function registrationsTable(registrations: readonly RegistrationView[], t: Words, options: RegistrationsTableOptions = {}): TemplateResult {
  if (registrations.length === 0) return html`<p>${t('meeting.noneRegistered')}</p>`;
  const columns = ['name', ...(options.organisation ? ['organisation'] : []), 'email', 'attendance', 'languages', 'accessibility', ...(options.action ? ['actions'] : [])] as const;
  return html`<div class="scroll" tabindex="0"><table>
    <thead><tr>${columns.map((col) => html`<th scope="col">${t(`col.${col}` as MeetingsKey)}</th>`)}</tr></thead>
    <tbody>${registrations.map((r) => html`<tr>
      <td>${r.name}</td>
      ${options.organisation ? html`<td>${r.memberId}</td>` : nothing}
      <td>${r.email}</td>
      <td>${t(`attendance.${r.attendance}`)}</td>
      <td>${r.languages.join(', ') || '—'}</td>
      <td>${r.accessibility ?? '—'}</td>
      ${options.action ? html`<td>${options.action(r)}</td>` : nothing}
    </tr>`)}</tbody>
  </table></div>`;
}
