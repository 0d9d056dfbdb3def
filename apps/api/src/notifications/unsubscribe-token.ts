/**
 * Signed one-click unsubscribe tokens (RFC 8058): `personId.kind.signature`, HMAC-SHA-256 with the
 * AUTH_SECRET, so the POST works without sign-in and cannot be forged for someone else.
 */
import { NOTIFICATION_KINDS, type NotificationKind } from '@thb/schema';

const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function sign(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return base64url(await crypto.subtle.sign('HMAC', key, encoder.encode(`unsubscribe:${payload}`)));
}

/** A token for one person and one kind. */
export async function unsubscribeToken(secret: string, personId: string, kind: NotificationKind): Promise<string> {
  const payload = `${encodeURIComponent(personId)}.${kind}`;
  return `${payload}.${await sign(secret, payload)}`;
}

/** The person and kind of a valid token, or null (wrong signature, unknown kind, malformed). */
export async function readUnsubscribeToken(secret: string, token: string): Promise<{ personId: string; kind: NotificationKind } | null> {
  // Read from the right: the person id may itself contain dots.
  const parts = token.split('.');
  const signature = parts.pop();
  const kind = parts.pop();
  const person = parts.join('.');
  if (!person || !kind || !signature) return null;
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  const expected = await sign(secret, `${person}.${kind}`);
  // Compare in constant time relative to the signature length, so timing reveals nothing.
  if (expected.length !== signature.length) return null;
  let diff = 0;
  for (let i = 0; i < expected.length; i += 1) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
  if (diff !== 0) return null;
  try {
    return { personId: decodeURIComponent(person), kind: kind as NotificationKind };
  } catch {
    return null; // a signed but malformed id cannot come from us
  }
}
