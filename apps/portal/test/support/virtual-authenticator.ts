/**
 * Chromium's virtual authenticator over CDP, for the passkey tests: a platform authenticator with
 * user verification, as a laptop's, whose passkeys live as long as the page. With automatic
 * presence simulation on it answers every request at once, a conditional (autofill) one too;
 * turned off, a conditional request waits, as for a person who has not picked a suggestion yet.
 * @example
 * const authenticator = await addAuthenticator(page);
 * await authenticator.presence(false); // the sign-in screen's autofill request now waits
 */
import type { CDPSession, Page } from 'playwright';

/** A virtual authenticator in one page. */
export interface VirtualAuthenticator {
  cdp: CDPSession;
  authenticatorId: string;
  /** Turns the automatic presence simulation on or off. */
  presence(enabled: boolean): Promise<void>;
}

/** Adds a virtual authenticator to `page` (presence simulated unless `presence: false`). */
export async function addAuthenticator(page: Page, { presence = true } = {}): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: presence },
  });
  return {
    cdp, authenticatorId,
    presence: (enabled) => cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled }).then(() => undefined),
  };
}

/** One event of a page's `navigator.credentials.get` calls, numbered per page load. */
export type CredentialGetEvent = `${number} ${'conditional' | 'modal'}` | `${number} aborted` | `${number} resolved` | `${number} rejected ${string}`;

/**
 * Records the `navigator.credentials.get` calls of every page `page` loads from now on (the next
 * load on): how each was asked (conditional or modal), whether its signal was aborted, how it
 * ended. The calls go on to the browser's own WebAuthn unchanged; only their course is watched.
 */
export async function recordCredentialGets(page: Page): Promise<CredentialGetEvent[]> {
  const events: CredentialGetEvent[] = [];
  await page.exposeFunction('__thbCredentialGet', (event: CredentialGetEvent) => void events.push(event));
  await page.addInitScript(() => {
    const report = (window as unknown as { __thbCredentialGet(event: string): void }).__thbCredentialGet;
    const get = navigator.credentials.get.bind(navigator.credentials);
    let calls = 0;
    navigator.credentials.get = (options?: CredentialRequestOptions) => {
      const call = ++calls;
      report(`${call} ${options?.mediation === 'conditional' ? 'conditional' : 'modal'}`);
      options?.signal?.addEventListener('abort', () => report(`${call} aborted`));
      const pending = get(options);
      pending.then(() => report(`${call} resolved`), (error: unknown) => report(`${call} rejected ${error instanceof Error ? error.name : String(error)}`));
      return pending;
    };
  });
  return events;
}
