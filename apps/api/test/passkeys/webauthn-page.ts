/**
 * What a page of ours does with passkeys, run inside Chromium by the passkey test: the
 * WebAuthn ceremonies against `/v1/auth/passkey/*` with plain fetch and the browser's own
 * JSON codecs (PublicKeyCredential.parse…FromJSON, credential.toJSON()).
 * Each function is handed to `page.evaluate`, so it may use nothing from outside itself.
 */

// The API's type-check has no DOM library; these are the few browser names used here.
interface BrowserCredential { toJSON(): unknown }
declare const navigator: {
  credentials: { create(options: { publicKey: unknown }): Promise<BrowserCredential>; get(options: { publicKey: unknown }): Promise<BrowserCredential> };
};
declare const PublicKeyCredential: { parseCreationOptionsFromJSON(json: unknown): unknown; parseRequestOptionsFromJSON(json: unknown): unknown };

/** The answer of a fetch, as the test inspects it. */
export interface Answer { status: number; body: unknown }

/** Registers a passkey for the signed-in person. */
export async function registerPasskey(name: string): Promise<Answer> {
  const options = await fetch('/v1/auth/passkey/generate-register-options', { credentials: 'same-origin' });
  if (!options.ok) return { status: options.status, body: await options.json() };
  const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(await options.json());
  const credential = await navigator.credentials.create({ publicKey });
  const verified = await fetch('/v1/auth/passkey/verify-registration', {
    method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response: credential.toJSON(), name }),
  });
  return { status: verified.status, body: await verified.json() };
}

/** Signs in with a passkey (discoverable: the browser picks it, no address typed). */
export async function signInWithPasskey(): Promise<Answer> {
  const options = await fetch('/v1/auth/passkey/generate-authenticate-options', { credentials: 'same-origin' });
  if (!options.ok) return { status: options.status, body: await options.json() };
  const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(await options.json());
  const credential = await navigator.credentials.get({ publicKey });
  const verified = await fetch('/v1/auth/passkey/verify-authentication', {
    method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response: credential.toJSON() }),
  });
  return { status: verified.status, body: await verified.json().catch(() => null) };
}

/** Calls the API as the page's own scripts do (the session cookie goes along). */
export async function call({ method, path, body }: { method: string; path: string; body?: unknown }): Promise<Answer> {
  const response = await fetch(path, {
    method, credentials: 'same-origin',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
