/** The CSV export of a call's applications (RFC 4180), safe to open in a spreadsheet. */
import type { StoredApplication } from '@thb/store/portal';

const COLUMNS = [
  'id', 'status', 'name', 'acronym', 'country', 'city', 'scope', 'focus', 'languages', 'website',
  'contact_name', 'contact_email', 'contact_locale', 'submitted_at', 'decided_at', 'member_id',
] as const;

/**
 * One field, quoted. A field starting with `=`, `+`, `-`, `@`, a tab or a carriage return would
 * run as a formula in Excel or LibreOffice (CSV injection, OWASP): it gets a leading `'`.
 */
export function csvField(value: unknown): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: a header row, one row per application, CRLF line ends. */
export function applicationsCsv(applications: readonly StoredApplication[]): string {
  const rows = applications.map((a) => {
    const o = a.organisation;
    const values: Record<(typeof COLUMNS)[number], unknown> = {
      id: a.id, status: a.status, name: o.name, acronym: o.acronym, country: o.country, city: o.city, scope: o.scope,
      focus: o.focus, languages: o.languages, website: o.website, contact_name: a.contact.name, contact_email: a.contact.email,
      contact_locale: a.contact.locale, submitted_at: a.submittedAt, decided_at: a.decidedAt, member_id: a.memberId,
    };
    return COLUMNS.map((column) => csvField(values[column])).join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
