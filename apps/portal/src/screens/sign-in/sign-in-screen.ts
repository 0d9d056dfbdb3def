/**
 * `<thb-portal-sign-in>`: asks for an address and posts it to `POST /v1/auth/sign-in/magic-link`
 * with the portal as the place to land; then says to check the mail. The mailed link opens the
 * server's confirm page, which signs in and redirects back here. Where the browser can, the
 * address field also offers the person's passkeys (conditional mediation, {@link PasskeyAutofill}).
 */
import { html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { PasskeyAutofill } from '../passkeys/passkey-autofill.ts';
import '../passkeys/passkey-sign-in.ts';
import { passkeySignInCatalogue, type PasskeySignInKey } from '../passkeys/passkey-sign-in.strings.ts';

type Phase = { name: 'ask'; problem?: 'invalid' | 'tooMany' | 'network' } | { name: 'sending' } | { name: 'sent'; email: string };

/** The sign-in screen. @summary Sign in by mailed link. */
export class ThbPortalSignIn extends PortalElement<PasskeySignInKey> {
  static override styles = [...PortalElement.styles, screenStyles];
  static override properties = { ...PortalElement.properties, phase: { state: true } };
  declare phase: Phase;
  readonly #autofill = new PasskeyAutofill(this);

  constructor() {
    super(passkeySignInCatalogue);
    this.phase = { name: 'ask' };
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // The field is there (first render, or back from "Use another address"): offer passkeys in it.
    if (this.phase.name === 'ask' && this.#autofill.outcome.name === 'idle') void this.#autofill.start();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('email') as HTMLInputElement;
    const email = input.value.trim();
    if (!input.checkValidity() || email === '') {
      this.phase = { name: 'ask', problem: 'invalid' };
      await this.updateComplete;
      input.focus();
      return;
    }
    // The mail is what the person chose: the browser stops offering passkeys in the field.
    this.#autofill.abort();
    this.phase = { name: 'sending' };
    // Land where the person was going: the confirm page only follows our own paths.
    const callbackURL = location.pathname.startsWith('/portal') && !location.pathname.startsWith('/portal/sign-in') ? location.pathname : '/portal/';
    try {
      const response = await fetch('/v1/auth/sign-in/magic-link', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ email, callbackURL }),
      });
      if (response.status === 429) this.phase = { name: 'ask', problem: 'tooMany' };
      else if (response.status === 400) this.phase = { name: 'ask', problem: 'invalid' };
      else if (!response.ok) this.phase = { name: 'ask', problem: 'network' };
      else this.phase = { name: 'sent', email };
    } catch {
      this.phase = { name: 'ask', problem: 'network' };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.phase.name === 'sent' ? 'h1' : 'input')?.focus();
  }

  /** What a passkey chosen in the field's suggestions came to, when it did not sign in. */
  #autofillMessage(): string {
    const { t } = this.strings;
    const outcome = this.#autofill.outcome;
    if (outcome.name !== 'failed') return '';
    return outcome.failure === 'network' ? t('error.network') : t(`passkeySignIn.${outcome.failure}`);
  }

  override render() {
    const { t, lang } = this.strings;
    const phase = this.phase;
    if (phase.name === 'sent') {
      return html`<div class="root" lang=${lang}>
        <h1 tabindex="-1">${t('signIn.sent.title')}</h1>
        <p role="status">${t('signIn.sent.text', { email: phase.email })}</p>
        <button type="button" @click=${() => (this.phase = { name: 'ask' })}>${t('signIn.again')}</button>
      </div>`;
    }
    const problem = phase.name === 'ask' ? phase.problem : undefined;
    const message = problem === 'invalid' ? t('signIn.invalid') : problem === 'tooMany' ? t('signIn.tooMany') : problem === 'network' ? t('error.network') : this.#autofillMessage();
    return html`<div class="root" lang=${lang}>
      <h1>${t('signIn.title')}</h1>
      <p>${t('signIn.intro')}</p>
      <form novalidate @submit=${(event: SubmitEvent) => void this.#submit(event)}>
        <label>${t('signIn.email')}
          <input name="email" type="email" autocomplete="username webauthn" required maxlength="254"
            aria-invalid=${problem === 'invalid' ? 'true' : 'false'} aria-describedby="sign-in-problem">
        </label>
        <p id="sign-in-problem" class="error" role="alert">${message || nothing}</p>
        <div><button class="primary" type="submit" ?disabled=${phase.name === 'sending'}>${t('signIn.submit')}</button></div>
      </form>
      <thb-portal-passkey-sign-in></thb-portal-passkey-sign-in>
    </div>`;
  }
}

if (!customElements.get('thb-portal-sign-in')) customElements.define('thb-portal-sign-in', ThbPortalSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-sign-in': ThbPortalSignIn;
  }
}
