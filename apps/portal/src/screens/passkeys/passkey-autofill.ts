/**
 * `PasskeyAutofill`: the sign-in screen's passkey autofill (WebAuthn conditional mediation). When
 * the browser can, it starts a conditional request as the screen shows its email field
 * (`autocomplete="username webauthn"`): the browser then offers the site's passkeys among the
 * field's suggestions, and choosing one signs in as the button does, with no prompt and no mail.
 * The request is ended when the person sends the form, and when the screen goes away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PasskeyCeremonyError, passkeyAutofillAvailable, signInWithPasskey } from './passkey-ceremonies.ts';
import { landing } from './passkey-sign-in.ts';

/** What became of the last autofill request, for the screen to say. */
export type PasskeyAutofillOutcome =
  /** None yet, or the last one ended by {@link PasskeyAutofill.abort}: a new one may start. */
  | { name: 'idle' }
  /**
   * The last one ended without us: another WebAuthn request took over (the button's), or the
   * browser has no passkey to offer. Starting again would end the button's prompt, so none starts.
   */
  | { name: 'ended' }
  /** A request waits for the person to choose a passkey in the field's suggestions. */
  | { name: 'waiting' }
  /** A passkey was chosen and the API took it; the page opens again signed in. */
  | { name: 'done' }
  /** A chosen passkey did not sign in: unknown to the API, the server out of reach, or broken. */
  | { name: 'failed'; failure: 'refused' | 'network' | 'failed' };

/** Runs the conditional request of one screen. */
export class PasskeyAutofill implements ReactiveController {
  /** The last request's outcome; the host renders again when it changes. */
  outcome: PasskeyAutofillOutcome = { name: 'idle' };
  #abort: AbortController | undefined;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts a request unless one waits or the screen is gone; call once the autofill field is rendered. */
  async start(): Promise<void> {
    // A host that went away still renders once more (the outcome changed): it must not ask again.
    if (this.#abort || !this.#connected) return;
    const abort = new AbortController();
    this.#abort = abort;
    if (!(await passkeyAutofillAvailable()) || abort.signal.aborted) {
      if (this.#abort === abort) this.#abort = undefined;
      return;
    }
    this.#set({ name: 'waiting' });
    try {
      await signInWithPasskey({ autofill: abort.signal });
      this.#set({ name: 'done' });
      // A fresh page load reads the new session everywhere, as after the button or a mailed link.
      location.assign(landing());
    } catch (error) {
      const failure = error instanceof PasskeyCeremonyError ? error.failure : 'failed';
      // Ended by us, by the button's request, or by a browser that found no passkey: nothing to say.
      if (abort.signal.aborted) this.#set({ name: 'idle' });
      else if (failure === 'cancelled') this.#set({ name: 'ended' });
      else this.#set({ name: 'failed', failure: failure === 'refused' || failure === 'network' ? failure : 'failed' });
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /** Ends the waiting request, if any (the person sent the form, or the screen went away). */
  abort(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.abort();
  }

  #set(outcome: PasskeyAutofillOutcome): void {
    this.outcome = outcome;
    this.host.requestUpdate();
  }
}
