/**
 * `<thb-portal-passkey-sign-in>`: the sign-in screen's "Sign in with a passkey" button, shown
 * when the browser has WebAuthn. It runs the API's passkey authentication (the browser offers
 * the person's passkeys for this site, no address typed); on success the page opens again
 * signed in, as after a mailed link. A failure is said in a live region; the mail form beside
 * it is never blocked.
 */
import { css, html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { PasskeyCeremonyError, signInWithPasskey } from './passkey-ceremonies.ts';
import { passkeysSupported } from './passkeys-api.ts';
import { passkeySignInCatalogue, type PasskeySignInKey } from './passkey-sign-in.strings.ts';

type Phase = { name: 'idle' } | { name: 'busy' } | { name: 'done' } | { name: 'failed'; failure: 'cancelled' | 'refused' | 'network' | 'failed' };

/** Where to land after signing in with a passkey: where the person was going, else the overview. */
export function landing(): string {
  const here = location.pathname;
  return here.startsWith('/portal') && !here.startsWith('/portal/sign-in') ? `${here}${location.search}` : '/portal/';
}

/** Sign-in with a passkey. @summary A button that signs in with a passkey. */
export class ThbPortalPasskeySignIn extends PortalElement<PasskeySignInKey> {
  static override styles = [...PortalElement.styles, screenStyles, css`
    .passkey { display: grid; gap: 0.5em; max-width: 30em; margin-top: 1.5em; padding-top: 1em; border-top: 1px solid var(--_soft); }
    .status { min-height: 1.5em; }
    .status.error { color: var(--_danger); }
  `];
  static override properties = { ...PortalElement.properties, phase: { state: true } };
  declare phase: Phase;

  constructor() {
    super(passkeySignInCatalogue);
    this.phase = { name: 'idle' };
  }

  async #signIn(): Promise<void> {
    if (this.phase.name === 'busy' || this.phase.name === 'done') return;
    this.phase = { name: 'busy' };
    try {
      await signInWithPasskey();
      this.phase = { name: 'done' };
      // A fresh page load reads the new session everywhere (header, screens), as a mailed link does.
      location.assign(landing());
    } catch (error) {
      const failure = error instanceof PasskeyCeremonyError ? error.failure : 'failed';
      this.phase = { name: 'failed', failure: failure === 'cancelled' || failure === 'refused' || failure === 'network' ? failure : 'failed' };
    }
  }

  #status(): string {
    const { t } = this.strings;
    const phase = this.phase;
    if (phase.name === 'busy') return t('passkeySignIn.busy');
    if (phase.name === 'done') return t('passkeySignIn.done');
    if (phase.name === 'failed') return phase.failure === 'network' ? t('error.network') : t(`passkeySignIn.${phase.failure}`);
    return '';
  }

  override render() {
    const { t, lang } = this.strings;
    if (!passkeysSupported()) return nothing;
    const busy = this.phase.name === 'busy' || this.phase.name === 'done';
    return html`<div class="root" lang=${lang}><div class="passkey">
      <p>${t('passkeySignIn.intro')}</p>
      <div><button type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#signIn()}>${t('passkeySignIn.button')}</button></div>
      <p class="status ${this.phase.name === 'failed' ? 'error' : ''}" role="status">${this.#status() || nothing}</p>
    </div></div>`;
  }
}

if (!customElements.get('thb-portal-passkey-sign-in')) customElements.define('thb-portal-passkey-sign-in', ThbPortalPasskeySignIn);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-passkey-sign-in': ThbPortalPasskeySignIn;
  }
}
