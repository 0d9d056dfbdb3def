/**
 * Optimistic concurrency. Every ETag the API sends is `"v<data version>-…"`: the version of the
 * data the representation was built from. An `If-Match` carrying such a tag says "I know this
 * record as of that version", so the write may proceed only if the record was not written after
 * it, whichever read (the item, a list, the GeoJSON) the tag came from.
 */

/** What the client's `If-Match` says it knows. */
export type IfMatch = { any: true } | { version: number } | { invalid: true };

/**
 * Parses `If-Match`; several tags: the newest version counts (each names the same record).
 * @example parseIfMatch('"v1234-k3x0q1"') // { version: 1234 }
 */
export function parseIfMatch(header: string): IfMatch {
  let newest: number | undefined;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if (tag === '*') return { any: true };
    // A weak tag cannot be used for If-Match (RFC 9110 §13.1.1: strong comparison).
    const match = /^"v(\d{1,15})-[0-9a-z-]*"$/.exec(tag);
    if (match) newest = Math.max(newest ?? 0, Number(match[1]));
  }
  return newest === undefined ? { invalid: true } : { version: newest };
}

/** The ETag of a record written at `revision`, in the form `parseIfMatch` reads. */
export function revisionETag(revision: number, kind: string, id: string): string {
  return `"v${revision}-${kind}-${id.toLowerCase().replace(/[^0-9a-z-]/g, '')}"`.slice(0, 200);
}
