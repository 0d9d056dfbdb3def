/**
 * The text of an API key and what is derived from it, with WebCrypto only (no `node:crypto`),
 * so the same code checks keys in Node and in a Worker. A key reads
 * `thb_k7m2x9qp_<43 base62 characters>`: the first 12 characters are its prefix, shown in lists
 * and logs and used to find its row; the rest carries about 256 random bits.
 */

/** Lower-case letters and digits without 0/o and 1/l, so a prefix read aloud or copied by hand survives. */
const PREFIX_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const SECRET_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PREFIX_CHARACTERS = 8;
/** 43 base62 characters hold log2(62) × 43 ≈ 256 bits. */
const SECRET_CHARACTERS = 43;

/** What a key must look like; anything else is refused before the database is asked. */
const KEY_PATTERN = new RegExp(`^(thb_[${PREFIX_ALPHABET}]{${PREFIX_CHARACTERS}})_[0-9A-Za-z]{${SECRET_CHARACTERS}}$`);
/** What a prefix alone looks like (`thb_k7m2x9qp`). */
export const KEY_PREFIX_PATTERN = new RegExp(`^thb_[${PREFIX_ALPHABET}]{${PREFIX_CHARACTERS}}$`);

/**
 * `length` characters drawn uniformly from `alphabet`. Bytes that would favour the first
 * characters (those at or above the largest multiple of the alphabet's size) are drawn again.
 */
function randomText(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let text = '';
  while (text.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && text.length < length) text += alphabet[byte % alphabet.length];
    }
  }
  return text;
}

/** A new random key and its prefix. */
export function generateKey(): { key: string; prefix: string } {
  const prefix = `thb_${randomText(PREFIX_ALPHABET, PREFIX_CHARACTERS)}`;
  return { key: `${prefix}_${randomText(SECRET_ALPHABET, SECRET_CHARACTERS)}`, prefix };
}

/**
 * The prefix of a well-formed key, or undefined for text that cannot be a key.
 * @example keyPrefix('thb_k7m2x9qp_…') // 'thb_k7m2x9qp'
 */
export function keyPrefix(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

/** SHA-256 of the text (UTF-8), as lower-case hex: what the database keeps instead of the key. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether two strings are equal, taking the same time wherever they differ, so the time an
 * answer takes tells nothing about how much of a guessed hash was right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return difference === 0;
}
