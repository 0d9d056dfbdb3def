/** Times, texts and values as the secretariat screens show them, from the browser's Intl. */
import { resolveText, type LocalizedText } from '@thb/schema/localized';

/** An instant in `lang`, in a zone (the call's) or the browser's, with the zone named. */
export function formatInstant(iso: string | null | undefined, lang: string, timeZone?: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // dateStyle and timeStyle cannot be combined with timeZoneName: the parts are named one by one.
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** A text in several languages, in `lang` (else English). */
export function textIn(text: LocalizedText | undefined, lang: string): string {
  return text ? resolveText(text, lang) : '';
}

/** Any field's value as one line: texts by language, lists joined, objects as JSON. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(showValue).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([key, v]) => /^[a-z]{2}$/.test(key) && typeof v === 'string')) return entries.map(([key, v]) => `${key}: ${String(v)}`).join(' · ');
    return JSON.stringify(value);
  }
  return String(value);
}

/** The fields whose values differ between two versions of a record (its `updatedAt` aside). */
export function changedFields(before: unknown, after: unknown): [string, unknown, unknown][] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => key !== 'updatedAt' && JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .map((key) => [key, b[key], a[key]]);
}
