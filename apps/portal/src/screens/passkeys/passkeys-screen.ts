/**
 * `<thb-portal-passkeys>`: the signed-in person's passkeys. Lists them (name, when added),
 * adds one (named; the browser's WebAuthn prompt through the API's registration options and
 * verification) and removes one. What a request did is said in a live region.
 */
import { css, html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { PasskeyCeremonyError, addPasskey } from './passkey-ceremonies.ts';
import { passkeyList, passkeyName } from './passkey-list.ts';
import { listPasskeys, passkeysSupported, removePasskey, PasskeyRequestError, type Passkey } from './passkeys-api.ts';
import { passkeysCatalogue, type PasskeysKey } from './passkeys.strings.ts';

type List = { status: 'loading' } | { status: 'ready'; passkeys: Passkey[] } | { status: 'error' };

/** The passkeys screen. @summary Add, list and remove one's passkeys. */
export class ThbPortalPasskeys extends PortalElement<PasskeysKey> {
  static override styles = [...PortalElement.styles, screenStyles, css`
    h2 { font-size: 1.2em; margin: 1.25em 0 0.5em; }
    ul.passkeys { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75em; max-width: 40em; }
    ul.passkeys li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5em 1em; padding: 0.75em; border: 1px solid var(--_line); border-radius: var(--_radius); }
    ul.passkeys strong { overflow-wrap: anywhere; }
    .hint { color: var(--_muted); margin: 0; font-size: 0.95em; }
    .notice { min-height: 1.5em; }
    .notice.error { color: var(--_danger); }
  `];
  static override properties = {
    ...PortalElement.properties,
    list: { state: true }, notice: { state: true }, busy: { state: true }, nameMissing: { state: true },
  };
  declare list: List;
  /** The last outcome, for the live region. */
  declare notice: { kind: 'ok' | 'error'; text: string } | undefined;
  declare busy: boolean;
  declare nameMissing: boolean;

  constructor() {
    super(passkeysCatalogue);
    this.list = { status: 'loading' };
    this.busy = false;
    this.nameMissing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      this.list = { status: 'ready', passkeys: await listPasskeys() };
    } catch {
      this.list = { status: 'error' };
    }
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const input = (event.target as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    this.nameMissing = name === '';
    if (this.nameMissing) {
      await this.updateComplete;
      input.focus();
      return;
    }
    const { t } = this.strings;
    this.busy = true;
    this.notice = { kind: 'ok', text: t('passkeys.adding') };
    try {
      await addPasskey(name);
      input.value = '';
      this.notice = { kind: 'ok', text: t('passkeys.added', { name }) };
      await this.#load();
    } catch (error) {
      const failure = error instanceof PasskeyCeremonyError ? error.failure : 'failed';
      const text = failure === 'network' ? t('error.network') : t(`passkeys.failure.${failure === 'refused' ? 'failed' : failure}`);
      this.notice = { kind: 'error', text };
    } finally {
      this.busy = false;
    }
  }

  async #remove(passkey: Passkey): Promise<void> {
    const { t } = this.strings;
    const name = passkeyName(passkey, this.strings);
    this.busy = true;
    this.notice = { kind: 'ok', text: t('passkeys.removing', { name }) };
    try {
      await removePasskey(passkey.id);
      this.notice = { kind: 'ok', text: t('passkeys.removed', { name }) };
      await this.#load();
      // The pressed button is gone with its passkey: focus goes to the list's heading.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#passkeys-list-title')?.focus();
    } catch (error) {
      const unreached = error instanceof PasskeyRequestError && error.status === 0;
      this.notice = { kind: 'error', text: unreached ? t('error.network') : t('passkeys.remove.failed', { name }) };
    } finally {
      this.busy = false;
    }
  }

  #renderList() {
    const { t } = this.strings;
    const list = this.list;
    if (list.status === 'loading') return html`<p>${t('loading')}</p>`;
    if (list.status === 'error') return html`<p class="error">${t('passkeys.load.failed')}</p>`;
    return passkeyList({ passkeys: list.passkeys, strings: this.strings, busy: this.busy, onRemove: (passkey) => void this.#remove(passkey) });
  }

  #renderAdd() {
    const { t } = this.strings;
    if (!passkeysSupported()) return html`<p>${t('passkeys.unsupported')}</p>`;
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#add(event)}>
      <label>${t('passkeys.name')}
        <input name="name" type="text" required maxlength="100" autocomplete="off"
          aria-invalid=${this.nameMissing ? 'true' : 'false'} aria-describedby="passkey-name-hint passkey-name-problem">
      </label>
      <p id="passkey-name-hint" class="hint">${t('passkeys.name.hint')}</p>
      <p id="passkey-name-problem" class="error">${this.nameMissing ? t('passkeys.name.missing') : nothing}</p>
      <div><button class="primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('passkeys.add.submit')}</button></div>
    </form>`;
  }

  override render() {
    const { t, lang } = this.strings;
    const notice = this.notice;
    return html`<div class="root" lang=${lang}>
      <h1>${t('passkeys.title')}</h1>
      <p>${t('passkeys.intro')}</p>
      <p class="notice ${notice?.kind ?? ''}" role="status">${notice?.text ?? nothing}</p>
      <h2 id="passkeys-list-title" tabindex="-1">${t('passkeys.list.title')}</h2>
      ${this.#renderList()}
      <h2>${t('passkeys.add.title')}</h2>
      ${this.#renderAdd()}
    </div>`;
  }
}

if (!customElements.get('thb-portal-passkeys')) customElements.define('thb-portal-passkeys', ThbPortalPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-passkeys': ThbPortalPasskeys;
  }
}
