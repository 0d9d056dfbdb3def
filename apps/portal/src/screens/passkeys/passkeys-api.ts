/**
 * The passkey requests that need no WebAuthn: list and remove one's own passkeys
 * (`/v1/auth/passkey/*`, Better Auth's passkey plugin behind the API). Same-origin, with the
 * session cookie; a refusal is the API's problem status.
 */

/** One of the signed-in person's passkeys, as the list shows it. */
export interface Passkey {
  id: string;
  /** The name given when it was added; absent for one added without. */
  name?: string | null;
  /** When it was added (an ISO instant). */
  createdAt?: string | null;
}

/** A request that did not succeed: the HTTP status (0 when the server was not reached) and the problem's name. */
export class PasskeyRequestError extends Error {
  constructor(readonly status: number, readonly problem = '') {
    super(problem || `HTTP ${status}`);
  }
}

/** Sends a passkey request and reads its JSON, or throws a `PasskeyRequestError`. */
export async function passkeyRequest<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/v1/auth/passkey/${path}`, {
      method: body === undefined ? 'GET' : 'POST', credentials: 'same-origin',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new PasskeyRequestError(0);
  }
  if (!response.ok) {
    // The API names Better Auth's error in the problem type: `…/session-not-fresh`.
    const problem = (await response.json().catch(() => ({}))) as { type?: unknown };
    throw new PasskeyRequestError(response.status, typeof problem.type === 'string' ? (problem.type.split('/').pop() ?? '') : '');
  }
  return (await response.json()) as T;
}

/** The signed-in person's passkeys, oldest first. */
export async function listPasskeys(): Promise<Passkey[]> {
  const passkeys = await passkeyRequest<Passkey[]>('list-user-passkeys');
  return [...passkeys].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
}

/** Removes one of the signed-in person's passkeys. */
export async function removePasskey(id: string): Promise<void> {
  await passkeyRequest<unknown>('delete-passkey', { id });
}

/** Whether this browser can use passkeys at all (WebAuthn in a secure context). */
export function passkeysSupported(): boolean {
  return typeof window.PublicKeyCredential === 'function' && window.isSecureContext;
}
