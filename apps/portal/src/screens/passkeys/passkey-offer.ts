/**
 * `<thb-portal-passkey-offer>`: on the overview, a notice offering a passkey to someone who
 * has none (they signed in by mail), with "Not now" remembered in localStorage so it does not
 * ask again; otherwise a link to the passkeys screen.
 */
import { css, html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { listPasskeys, passkeysSupported } from './passkeys-api.ts';
import { passkeyOfferCatalogue, type PasskeyOfferKey } from './passkey-offer.strings.ts';

/** The localStorage key that says the offer was dismissed in this browser. */
const PASSKEY_OFFER_DISMISSED = 'thb-portal-passkey-offer-dismissed';

type Shown = 'nothing' | 'offer' | 'link';

function dismissed(): boolean {
  try {
    return localStorage.getItem(PASSKEY_OFFER_DISMISSED) === '1';
  } catch {
    return false; // Storage can be blocked; then the offer shows, as nothing was dismissed.
  }
}

/** The overview's passkey offer. @summary Offers a passkey once, then links to the passkeys screen. */
export class ThbPortalPasskeyOffer extends PortalElement<PasskeyOfferKey> {
  static override styles = [...PortalElement.styles, screenStyles, css`
    .offer { border: 1px solid var(--_line); border-inline-start: 4px solid var(--_accent); border-radius: var(--_radius); padding: 0.75em 1em; margin: 0 0 1em; max-width: 40em; }
    .offer p { margin: 0 0 0.5em; }
    p.manage { margin: 0 0 1em; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.25em; }
  `];
  static override properties = { ...PortalElement.properties, shown: { state: true } };
  declare shown: Shown;

  constructor() {
    super(passkeyOfferCatalogue);
    this.shown = 'nothing';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void listPasskeys().then((passkeys) => {
      if (passkeys.length > 0) this.shown = 'link';
      else if (passkeysSupported()) this.shown = dismissed() ? 'link' : 'offer';
    }, () => undefined); // Without the list there is nothing sure to offer.
  }

  async #dismiss(): Promise<void> {
    try {
      localStorage.setItem(PASSKEY_OFFER_DISMISSED, '1');
    } catch {
      // Blocked storage: the offer goes for now and may come back on the next visit.
    }
    this.shown = 'link';
    // The pressed button is gone: focus goes to the link that stays in its place.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('a')?.focus();
  }

  override render() {
    const { t, lang } = this.strings;
    if (this.shown === 'nothing') return nothing;
    if (this.shown === 'link') return html`<div class="root" lang=${lang}><p class="manage"><a href="/portal/passkeys">${t('passkeyOffer.manage')}</a></p></div>`;
    return html`<div class="root" lang=${lang}><div class="offer">
      <p>${t('passkeyOffer.text')}</p>
      <div class="actions">
        <a href="/portal/passkeys">${t('passkeyOffer.add')}</a>
        <button type="button" @click=${() => void this.#dismiss()}>${t('passkeyOffer.dismiss')}</button>
      </div>
    </div></div>`;
  }
}

if (!customElements.get('thb-portal-passkey-offer')) customElements.define('thb-portal-passkey-offer', ThbPortalPasskeyOffer);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-passkey-offer': ThbPortalPasskeyOffer;
  }
}
