/**
 * The two WebAuthn ceremonies against the API's passkey endpoints, through
 * `@simplewebauthn/browser` (the browser half of the SimpleWebAuthn server that Better Auth's
 * passkey plugin runs): it turns the JSON options into `navigator.credentials` calls and the
 * credential back into JSON, base64url and all, and names why a ceremony failed.
 */
import { startAuthentication, startRegistration, WebAuthnAbortService, WebAuthnError } from '@simplewebauthn/browser';
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { PasskeyRequestError, passkeyRequest, passkeysSupported } from './passkeys-api.ts';

/** Why a ceremony did not end in a passkey or a session, in words a screen can say. */
export type PasskeyFailure =
  /** The person closed the browser's prompt, or it timed out. */
  | 'cancelled'
  /** This authenticator already holds a passkey of this person. */
  | 'exists'
  /** The session is too old to add a passkey (Better Auth asks for a sign-in within a day). */
  | 'stale'
  /** No one is signed in (any more). */
  | 'signedOut'
  /** The API did not accept the passkey (unknown or removed). */
  | 'refused'
  | 'network'
  | 'failed';

/** A ceremony that failed, with why. */
export class PasskeyCeremonyError extends Error {
  constructor(readonly failure: PasskeyFailure, cause?: unknown) {
    super(failure, { cause });
  }
}

/** What went wrong with a request, as a failure. */
function requestFailure(error: PasskeyRequestError): PasskeyFailure {
  if (error.status === 0) return 'network';
  if (error.problem === 'session-not-fresh') return 'stale';
  if (error.status === 401) return 'signedOut';
  return 'failed';
}

/** What went wrong in the browser's part, as a failure. */
function browserFailure(error: unknown): PasskeyFailure {
  const name = error instanceof WebAuthnError && error.cause instanceof Error ? error.cause.name : error instanceof Error ? error.name : '';
  if (error instanceof WebAuthnError && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'exists';
  if (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED') return 'cancelled';
  // NotAllowedError is what browsers say for a closed prompt, a timeout, or no passkey chosen.
  return name === 'NotAllowedError' || name === 'AbortError' ? 'cancelled' : 'failed';
}

/** Runs one ceremony's steps, turning every error into a `PasskeyCeremonyError`. */
async function ceremony<T>(steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    if (error instanceof PasskeyCeremonyError) throw error;
    if (error instanceof PasskeyRequestError) throw new PasskeyCeremonyError(requestFailure(error), error);
    throw new PasskeyCeremonyError(browserFailure(error), error);
  }
}

/** The credential as the verify endpoints take it (Better Auth's own client leaves the extensions out). */
function withoutExtensions<T extends RegistrationResponseJSON | AuthenticationResponseJSON>(response: T): Omit<T, 'clientExtensionResults'> {
  const { clientExtensionResults: _extensions, ...rest } = response;
  return rest;
}

/**
 * Adds a passkey named `name` for the signed-in person.
 * @throws PasskeyCeremonyError
 * @example await addPasskey('Work laptop');
 */
export function addPasskey(name: string): Promise<void> {
  return ceremony(async () => {
    const optionsJSON = await passkeyRequest<PublicKeyCredentialCreationOptionsJSON>('generate-register-options');
    let response: RegistrationResponseJSON;
    try {
      response = await startRegistration({ optionsJSON });
    } catch (error) {
      throw new PasskeyCeremonyError(browserFailure(error), error);
    }
    await passkeyRequest<unknown>('verify-registration', { response: withoutExtensions(response), name });
  });
}

/**
 * The API keeps one challenge per browser (a cookie each options request sets anew), so the
 * button's prompt must fetch its options after the autofill's: otherwise a late autofill answer
 * could replace the prompt's challenge. `prompts` counts prompts under way, which the autofill
 * then gives way to.
 */
let prompts = 0;
let autofillFetch: Promise<unknown> | undefined;

/** Options for the autofill's request, remembered so that a prompt waits for them. */
function autofillOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  if (prompts > 0) return Promise.reject(new PasskeyCeremonyError('cancelled'));
  const fetched = passkeyRequest<PublicKeyCredentialRequestOptionsJSON>('generate-authenticate-options');
  autofillFetch = fetched;
  return fetched;
}

/** Options for a prompt, fetched after any autofill's. */
async function promptOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  await autofillFetch?.catch(() => undefined);
  return passkeyRequest<PublicKeyCredentialRequestOptionsJSON>('generate-authenticate-options');
}

/** How {@link signInWithPasskey} asks the browser. */
export interface PasskeySignInOptions {
  /**
   * Conditional mediation: no prompt, the browser offers the passkeys in the autofill of an
   * `autocomplete="username webauthn"` field and the call waits until one is chosen. Aborting
   * the signal ends the wait (the call then fails as `cancelled`).
   */
  autofill?: AbortSignal;
}

/**
 * Signs in with a passkey the browser offers (a discoverable one: no address typed); the API
 * sets the session cookie. Better Auth's client does the same for `signIn.passkey({ autoFill })`.
 * @throws PasskeyCeremonyError
 * @example await signInWithPasskey(); // then read the session again
 */
export function signInWithPasskey({ autofill }: PasskeySignInOptions = {}): Promise<void> {
  if (autofill) return authenticate(autofill);
  prompts += 1;
  return authenticate().finally(() => {
    prompts -= 1;
  });
}

/** The ceremony of {@link signInWithPasskey}, by autofill when given its signal, else by prompt. */
function authenticate(autofill?: AbortSignal): Promise<void> {
  return ceremony(async () => {
    const optionsJSON = autofill ? await autofillOptions() : await promptOptions();
    // A prompt asked for meanwhile (the button pressed right after the page opened) goes first.
    if (autofill?.aborted || (autofill && prompts > 0)) throw new PasskeyCeremonyError('cancelled');
    // One WebAuthn request at a time per page: SimpleWebAuthn's abort service ends the pending one
    // when another starts (the button's ends the autofill's), and ends ours when the signal asks.
    const abort = () => WebAuthnAbortService.cancelCeremony();
    autofill?.addEventListener('abort', abort, { once: true });
    let response: AuthenticationResponseJSON;
    try {
      // The field is in a shadow root, where SimpleWebAuthn's document-wide check cannot see it.
      response = await startAuthentication({ optionsJSON, ...(autofill ? { useBrowserAutofill: true, verifyBrowserAutofillInput: false } : {}) });
    } catch (error) {
      throw new PasskeyCeremonyError(browserFailure(error), error);
    } finally {
      autofill?.removeEventListener('abort', abort);
    }
    if (autofill?.aborted) throw new PasskeyCeremonyError('cancelled');
    try {
      await passkeyRequest<unknown>('verify-authentication', { response: withoutExtensions(response) });
    } catch (error) {
      // A passkey the API does not know (removed, or of another site's account) is refused, not broken.
      if (error instanceof PasskeyRequestError && (error.status === 400 || error.status === 401 || error.status === 404)) throw new PasskeyCeremonyError('refused', error);
      throw error;
    }
  });
}

/** Whether the browser can offer passkeys in a field's autofill (conditional mediation). */
export async function passkeyAutofillAvailable(): Promise<boolean> {
  if (!passkeysSupported() || typeof PublicKeyCredential.isConditionalMediationAvailable !== 'function') return false;
  return PublicKeyCredential.isConditionalMediationAvailable().catch(() => false);
}
