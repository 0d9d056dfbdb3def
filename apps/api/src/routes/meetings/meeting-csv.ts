/**
 * The secretariat's CSV of a meeting's registrations (RFC 4180). A cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
import type { Registration } from '@thb/store/meetings';

/** One cell, quoted and defused. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const HEADER = ['status', 'position', 'member', 'name', 'email', 'attendance', 'languages', 'accessibility', 'registered at'];

/** The file: places first, then the waiting list, each in order; cancelled ones are left out. */
export function registrationsCsv(registrations: readonly Registration[]): string {
  const live = registrations.filter((r) => r.status !== 'cancelled')
    .sort((a, b) => (a.status === b.status ? a.position - b.position : a.status === 'registered' ? -1 : 1));
  const rows = live.map((r) => [r.status, String(r.position), r.memberId, r.name, r.email, r.attendance, r.languages.join(' '), r.accessibility ?? '', r.createdAt]);
  return [HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
