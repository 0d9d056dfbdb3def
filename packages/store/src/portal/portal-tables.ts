/** The tables of migration 0005 as Kysely sees them, and the token helpers they share. */
import { sha256Hex } from '../access/key-text.ts';

export interface PortalCallTable {
  id: string; document: string; opens_at: string; closes_at: string; time_zone: string;
  revision: number; created_at: string; updated_at: string; notified_at: string | null;
}
export interface CallSubscriberTable {
  email: string; locale: string; confirm_hash: string | null; unsubscribe_token: string;
  created_at: string; confirmed_at: string | null;
}
export interface ApplicationTable {
  id: string; call_id: string; status: string; organisation: string; country: string | null; focus: string;
  contact_name: string; contact_email: string; contact_locale: string; token_hash: string;
  created_at: string; updated_at: string; submitted_at: string | null; decided_at: string | null;
  reason: string | null; member_id: string | null;
}
export interface EntryCheckTable {
  member_id: string; last_confirmed_at: string | null; last_sent_at: string | null;
  token_hash: string | null; token_expires_at: string | null;
}

/** The portal's tables. */
export interface PortalDatabase {
  portal_call: PortalCallTable;
  call_subscriber: CallSubscriberTable;
  application: ApplicationTable;
  entry_check: EntryCheckTable;
}

const TOKEN_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random URL-safe token of about 256 bits (43 base62 characters). */
export function newToken(length = 43): string {
  let text = '';
  const limit = 256 - (256 % TOKEN_ALPHABET.length);
  while (text.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && text.length < length) text += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
    }
  }
  return text;
}

/** A short random id (lower case letters and digits). */
export function newPortalId(): string {
  return newToken(20).toLowerCase();
}

/** What the database keeps of a token. */
export const tokenHash = sha256Hex;

/** Whether text could be a token we mailed: refuses junk before hashing it. */
export function looksLikeToken(text: string | undefined | null): text is string {
  return typeof text === 'string' && /^[0-9A-Za-z]{20,64}$/.test(text);
}
