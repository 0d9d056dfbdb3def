/**
 * Passkeys (WebAuthn, `@better-auth/passkey`): after a first sign-in by magic link a person
 * may register a passkey and then sign in with it. Its sessions are Better Auth sessions like
 * the magic link's: the same cookie, the same hooks (invitations), the same `personOf`.
 */
import { passkey } from '@better-auth/passkey';

/** The name browsers show when asking to create or use a passkey. */
export const PASSKEY_RP_NAME = 'EU Civil Society Platform against trafficking in human beings';

/**
 * The passkey endpoints anyone may reach (below `/v1/auth`). Registering needs a fresh
 * session (Better Auth checks it); listing and deleting only ever see one's own passkeys.
 * Renaming and passkey-first registration stay internal.
 */
export const PASSKEY_ENDPOINTS = [
  'GET /passkey/generate-register-options', 'POST /passkey/verify-registration',
  'GET /passkey/generate-authenticate-options', 'POST /passkey/verify-authentication',
  'GET /passkey/list-user-passkeys', 'POST /passkey/delete-passkey',
] as const;

/**
 * The plugin for a server at `publicUrl`: its host is the relying party, and a passkey is
 * accepted only from the server's own origin and the other trusted origins (the portal's).
 * @example plugins: [passkeyPlugin('https://thb.example', [])]
 */
export function passkeyPlugin(publicUrl: string, trustedOrigins: string[]) {
  const url = new URL(publicUrl);
  return passkey({
    rpID: url.hostname,
    rpName: PASSKEY_RP_NAME,
    origin: [...new Set([url.origin, ...trustedOrigins])],
    // A passkey belongs to someone already signed in: no account is ever made by a passkey.
    registration: { requireSession: true },
    advanced: { webAuthnChallengeCookie: 'passkey-challenge' },
  });
}
