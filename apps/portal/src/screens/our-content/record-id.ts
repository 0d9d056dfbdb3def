/** Ids of new records: the title as a slug, and a few random characters so two titles never clash. */

/**
 * A slug (`a-z`, digits, single hyphens) from a title, with a random suffix.
 * @example newRecordId('Guide für Ämter') // 'guide-fur-amter-k3x9'
 */
export function newRecordId(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  const suffix = [...crypto.getRandomValues(new Uint8Array(4))].map((b) => (b % 36).toString(36)).join('');
  return `${base || 'item'}-${suffix}`;
}
