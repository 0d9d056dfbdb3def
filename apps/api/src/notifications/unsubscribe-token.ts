/**
 * Signed one-click unsubscribe tokens (RFC 8058): `personId.kind.signature`, HMAC-SHA-256 with the
 * AUTH_SECRET, so the POST works without sign-in and cannot be forged for someone else.
 */
import { NOTIFICATION_KINDS, type NotificationKind } from '@thb/schema';

const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The imported key of the last secret: a digest run signs thousands of tokens with one. */
let lastKey: { secret: string; key: ReturnType<typeof crypto.subtle.importKey> } | undefined;

async function sign(secret: string, payload: string): Promise<string> {
  if (lastKey?.secret !== secret) {
    lastKey = { secret, key: crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) };
  }
  return base64url(await crypto.subtle.sign('HMAC', await lastKey.key, encoder.encode(`unsubscribe:${payload}`)));
}

/**
 * A token for one person and one kind, or the several kinds one digest holds (joined by `+`), so
 * the one-click unsubscribe of a mail turns off exactly what that mail was about.
 */
export async function unsubscribeToken(secret: string, personId: string, kind: NotificationKind | readonly NotificationKind[]): Promise<string> {
  const kinds = typeof kind === 'string' ? [kind] : [...new Set(kind)];
  const payload = `${encodeURIComponent(personId)}.${kinds.join('+')}`;
  return `${payload}.${await sign(secret, payload)}`;
}

/** The person and kinds of a valid token, or null (wrong signature, unknown kind, malformed). */
export async function readUnsubscribeToken(secret: string, token: string): Promise<{ personId: string; kinds: NotificationKind[] } | null> {
  // Read from the right: the person id may itself contain dots.
  const parts = token.split('.');
  const signature = parts.pop();
  const kind = parts.pop();
  const person = parts.join('.');
  if (!person || !kind || !signature) return null;
  const kinds = kind.split('+');
  if (!kinds.every((k) => (NOTIFICATION_KINDS as readonly string[]).includes(k))) return null;
  const expected = await sign(secret, `${person}.${kind}`);
  // Compare in constant time relative to the signature length, so timing reveals nothing.
  if (expected.length !== signature.length) return null;
  let diff = 0;
  for (let i = 0; i < expected.length; i += 1) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
  if (diff !== 0) return null;
  try {
    return { personId: decodeURIComponent(person), kinds: kinds as NotificationKind[] };
  } catch {
    return null; // a signed but malformed id cannot come from us
  }
}
