/** Entity tags: derived from the data version and the request, compared as RFC 9110 says. */

/**
 * A 53-bit string hash (cyrb53), sync and edge-safe: an ETag needs a stable digest, not a
 * cryptographic one, and Web Crypto would make every miss async for nothing.
 * @example hashString('/v1/members?page=2|de') // 'k3x0q1f2a9'
 */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A strong ETag for a representation that is fully determined by `version` and `request`.
 * @example strongETag(42, '/v1/members|{"page":1}|en') // '"v42-1x2y3z"'
 */
export function strongETag(version: number, request: string): string {
  return `"v${version}-${hashString(request)}"`;
}

/**
 * Whether `If-None-Match` matches the current ETag: `*`, or any tag in the list under the
 * weak comparison RFC 9110 §13.1.2 prescribes for this header (`W/` prefixes ignored).
 * @example ifNoneMatchMatches('"a", W/"b"', '"b"') // true
 */
export function ifNoneMatchMatches(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if (tag === '*') return true;
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
}

/** Sorted-key JSON of a flat query object, so parameter order never changes an ETag. */
export function canonicalQuery(query: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(query, Object.keys(query).sort());
}
