/**
 * `<thb-portal-our-keys member-id>`: an organisation's API keys for its owners (and the
 * secretariat): name, prefix, when created and last used; create one with a name (the key is
 * shown once, with a copy button), revoke one after confirming. The keys themselves are never listed.
 */
import { html, nothing } from 'lit';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { OrganisationElement } from '../our-people/organisation-element.ts';
import { ourKeysCatalogue, type OurKeysKey } from './our-keys.strings.ts';

interface KeyInfo { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }
interface CreatedKey { id: string; name: string; key: string }

/** The keys screen. @summary An organisation's API keys, managed by its owners. */
export class ThbPortalOurKeys extends OrganisationElement<OurKeysKey> {
  static override properties = {
    ...OrganisationElement.properties, keys: { state: true }, created: { state: true }, confirming: { state: true }, nameError: { state: true },
  };
  declare keys: KeyInfo[] | undefined;
  /** The key just made: shown until the owner says they stored it, never again. */
  declare created: CreatedKey | undefined;
  declare confirming: string | undefined;
  declare nameError: string | undefined;

  constructor() {
    super(ourKeysCatalogue);
  }

  protected override get heading() {
    return this.strings.t('keys.title');
  }

  protected override get onlyOwners() {
    return this.strings.t('keys.onlyOwners');
  }

  protected override async load(): Promise<void> {
    try {
      this.keys = (await apiRequest<{ items: KeyInfo[] }>(this.path('/keys'))).body.items.filter((key) => key.revokedAt === null);
    } catch (error) {
      this.failed(error);
    }
  }

  private instant(iso: string): string {
    return new Intl.DateTimeFormat(this.strings.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { t } = this.strings;
    const form = event.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) {
      this.nameError = t('keys.nameNeeded');
      form.querySelector('input')?.focus();
      return;
    }
    this.nameError = undefined;
    try {
      this.created = (await apiRequest<CreatedKey>(this.path('/keys'), { method: 'POST', body: { name } })).body;
      form.reset();
      // Announce once the list shows the outcome, so the notice and the table agree.
      await this.load();
      this.succeeded(t('keys.created', { name }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#new-key')?.focus();
    } catch (error) {
      this.failed(error);
    }
  }

  private async copy(): Promise<void> {
    const { t } = this.strings;
    const field = this.renderRoot.querySelector<HTMLInputElement>('#new-key');
    try {
      await navigator.clipboard.writeText(this.created?.key ?? '');
      this.succeeded(t('keys.copied'));
    } catch {
      // Without clipboard permission the key is selected, so Ctrl+C copies it.
      field?.select();
      this.notice = { kind: 'error', text: t('keys.copyFailed') };
    }
  }

  private async revoke(key: KeyInfo): Promise<void> {
    try {
      await apiRequest(this.path(`/keys/${encodeURIComponent(key.id)}`), { method: 'DELETE' });
      this.confirming = undefined;
      await this.load();
      this.succeeded(this.strings.t('keys.revoked', { name: key.name }));
    } catch (error) {
      this.failed(error);
    }
  }

  private renderKey(key: KeyInfo) {
    const { t } = this.strings;
    return html`<tr>
      <td>${key.name}</td>
      <td><code>${key.prefix}</code></td>
      <td>${this.instant(key.createdAt)}</td>
      <td>${key.lastUsedAt ? this.instant(key.lastUsedAt) : t('keys.neverUsed')}</td>
      <td>${this.confirming === key.id ? html`<div class="actions" role="group" aria-label=${t('keys.revokeOf', { name: key.name })}>
          <p>${t('keys.confirm', { name: key.name })}</p>
          <button type="button" class="primary" @click=${() => this.revoke(key)}>${t('keys.confirmYes', { name: key.name })}</button>
          <button type="button" @click=${() => (this.confirming = undefined)}>${t('keys.cancel')}</button>
        </div>`
        : html`<button type="button" aria-label=${t('keys.revokeOf', { name: key.name })} @click=${() => (this.confirming = key.id)}>${t('keys.revoke')}</button>`}</td>
    </tr>`;
  }

  protected override renderScreen() {
    const { t } = this.strings;
    const keys = this.keys;
    const created = this.created;
    return html`<p>${t('keys.intro')}</p>
      ${created ? html`<section class="new-key" aria-labelledby="new-key-heading">
        <h2 id="new-key-heading">${t('keys.new')}</h2>
        <p id="new-key-warning"><strong>${t('keys.warning')}</strong></p>
        <label>${t('keys.newLabel')} (${created.name})
          <input id="new-key" readonly .value=${created.key} aria-describedby="new-key-warning" spellcheck="false" autocomplete="off">
        </label>
        <div class="actions">
          <button type="button" class="primary" @click=${() => this.copy()}>${t('keys.copy')}</button>
          <button type="button" @click=${() => (this.created = undefined)}>${t('keys.done')}</button>
        </div>
      </section>` : nothing}
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">${t('keys.list')}</h2>
        ${!keys ? html`<p role="status">${t('loading')}</p>` : keys.length === 0 ? html`<p>${t('keys.none')}</p>` : html`<div class="scroll" tabindex="0"><table>
          <thead><tr>${(['name', 'prefix', 'created', 'lastUsed', 'actions'] as const).map((col) => html`<th scope="col">${t(`keys.col.${col}`)}</th>`)}</tr></thead>
          <tbody>${keys.map((key) => this.renderKey(key))}</tbody>
        </table></div>`}
      </section>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">${t('keys.create')}</h2>
        <form novalidate @submit=${(e: SubmitEvent) => this.create(e)}>
          <label>${t('keys.name')}
            <input name="name" maxlength="100" required aria-invalid=${this.nameError ? 'true' : 'false'} aria-describedby=${this.nameError ? 'key-name-hint key-name-error' : 'key-name-hint'}>
          </label>
          <p id="key-name-hint" class="muted">${t('keys.nameHint')}</p>
          ${this.nameError ? html`<p id="key-name-error" class="error">${this.nameError}</p>` : nothing}
          <button type="submit" class="primary">${t('keys.submit')}</button>
        </form>
      </section>`;
  }
}

if (!customElements.get('thb-portal-our-keys')) customElements.define('thb-portal-our-keys', ThbPortalOurKeys);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-our-keys': ThbPortalOurKeys;
  }
}
