/**
 * `<thb-portal-our-webhooks member-id>`: an organisation's webhook endpoints for its owners (and
 * the secretariat): each with its address, what it sends, its status and last deliveries; add one
 * (address and event kinds; the signing secret is shown once, with a copy button), pause or enable
 * it, make a new secret, delete it after confirming. Secrets are never listed.
 */
import { css, html, nothing } from 'lit';
import { WEBHOOK_EVENT_KINDS } from '@thb/schema/enums';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { OrganisationElement } from '../our-people/organisation-element.ts';
import { ourWebhooksCatalogue, type OurWebhooksKey } from './our-webhooks.strings.ts';
import { deliveryTable, webhookStatus, type DeliveryInfo, type WebhookInfo } from './webhook-deliveries.ts';

/** A secret just made (at creation or rotation): shown until the owner says they stored it, never again. */
interface Revealed { id: string; url: string; secret: string }

/** The webhooks screen. @summary An organisation's webhook endpoints, managed by its owners. */
export class ThbPortalOurWebhooks extends OrganisationElement<OurWebhooksKey> {
  static override styles = [...OrganisationElement.styles, css`
    ul.hooks { list-style: none; padding: 0; display: grid; gap: 1.5em; }
    ul.hooks > li { border: 1px solid var(--_line); border-radius: var(--_radius); padding: 0.75em; min-width: 0; }
    .url { overflow-wrap: anywhere; font-size: 1.05em; margin: 0 0 0.5em; }
    fieldset.kinds { border: 0; padding: 0; gap: 0.25em; }
    label.choice { display: flex; gap: 0.5em; align-items: center; }
    form:not(.inline):not(.filters) label.choice input { width: auto; }
    h3 { font-size: 1em; margin: 0.75em 0 0.25em; }
  `];
  static override properties = {
    ...OrganisationElement.properties, hooks: { state: true }, deliveries: { state: true }, revealed: { state: true },
    confirming: { state: true }, urlError: { state: true }, kindsError: { state: true },
  };
  declare hooks: WebhookInfo[] | undefined;
  declare deliveries: Record<string, DeliveryInfo[]>;
  declare revealed: Revealed | undefined;
  declare confirming: string | undefined;
  declare urlError: string | undefined;
  declare kindsError: string | undefined;

  constructor() {
    super(ourWebhooksCatalogue);
    this.deliveries = {};
  }

  protected override get heading() {
    return this.strings.t('hooks.title');
  }

  protected override get onlyOwners() {
    return this.strings.t('hooks.onlyOwners');
  }

  protected override async load(): Promise<void> {
    try {
      const hooks = (await apiRequest<{ items: WebhookInfo[] }>(this.path('/webhooks'))).body.items;
      const logs = await Promise.all(hooks.map((hook) =>
        apiRequest<{ items: DeliveryInfo[] }>(this.path(`/webhooks/${encodeURIComponent(hook.id)}/deliveries?limit=5`))));
      this.deliveries = Object.fromEntries(hooks.map((hook, index) => [hook.id, logs[index]!.body.items]));
      this.hooks = hooks;
    } catch (error) {
      this.failed(error);
    }
  }

  /** Shows a new secret and moves the focus to it, so it is read and copied first. */
  private async reveal(revealed: Revealed, message: string): Promise<void> {
    this.revealed = revealed;
    await this.load();
    this.succeeded(message);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#new-secret')?.focus();
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { t } = this.strings;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const url = String(data.get('url') ?? '').trim();
    const eventKinds = data.getAll('kind').map(String);
    this.urlError = /^https?:\/\/\S+$/i.test(url) ? undefined : t('hooks.urlNeeded');
    this.kindsError = eventKinds.length > 0 ? undefined : t('hooks.kindsNeeded');
    if (this.urlError || this.kindsError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.urlError ? '#hook-url' : 'input[name="kind"]')?.focus();
      return;
    }
    try {
      const created = (await apiRequest<WebhookInfo & { secret: string }>(this.path('/webhooks'), { method: 'POST', body: { url, eventKinds } })).body;
      form.reset();
      await this.reveal({ id: created.id, url: created.url, secret: created.secret }, t('hooks.created', { url: created.url }));
    } catch (error) {
      this.failed(error);
    }
  }

  private async setEnabled(hook: WebhookInfo, enabled: boolean): Promise<void> {
    try {
      await apiRequest(this.path(`/webhooks/${encodeURIComponent(hook.id)}`), { method: 'PATCH', body: { enabled } });
      await this.load();
      this.succeeded(this.strings.t(enabled ? 'hooks.enabled' : 'hooks.paused', { url: hook.url }));
    } catch (error) {
      this.failed(error);
    }
  }

  private async rotate(hook: WebhookInfo): Promise<void> {
    try {
      const { secret } = (await apiRequest<{ secret: string }>(this.path(`/webhooks/${encodeURIComponent(hook.id)}/secret`), { method: 'POST' })).body;
      await this.reveal({ id: hook.id, url: hook.url, secret }, this.strings.t('hooks.rotated', { url: hook.url }));
    } catch (error) {
      this.failed(error);
    }
  }

  private async deleteHook(hook: WebhookInfo): Promise<void> {
    try {
      await apiRequest(this.path(`/webhooks/${encodeURIComponent(hook.id)}`), { method: 'DELETE' });
      this.confirming = undefined;
      if (this.revealed?.id === hook.id) this.revealed = undefined;
      await this.load();
      this.succeeded(this.strings.t('hooks.deleted', { url: hook.url }));
    } catch (error) {
      this.failed(error);
    }
  }

  private async copy(): Promise<void> {
    const { t } = this.strings;
    try {
      await navigator.clipboard.writeText(this.revealed?.secret ?? '');
      this.succeeded(t('hooks.copied'));
    } catch {
      // Without clipboard permission the secret is selected, so Ctrl+C copies it.
      this.renderRoot.querySelector<HTMLInputElement>('#new-secret')?.select();
      this.notice = { kind: 'error', text: t('hooks.copyFailed') };
    }
  }

  private renderRevealed(revealed: Revealed) {
    const { t } = this.strings;
    return html`<section class="new-key" aria-labelledby="secret-heading">
      <h2 id="secret-heading">${t('hooks.secretTitle')}</h2>
      <p id="secret-warning"><strong>${t('hooks.secretWarning')}</strong></p>
      <label>${t('hooks.secretLabel', { url: revealed.url })}
        <input id="new-secret" readonly .value=${revealed.secret} aria-describedby="secret-warning" spellcheck="false" autocomplete="off">
      </label>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.copy()}>${t('hooks.copy')}</button>
        <button type="button" @click=${() => (this.revealed = undefined)}>${t('hooks.done')}</button>
      </div>
    </section>`;
  }

  private renderHook(hook: WebhookInfo) {
    const { t } = this.strings;
    const url = hook.url;
    const actions = this.confirming === hook.id
      ? html`<div class="actions" role="group" aria-label=${t('hooks.deleteOf', { url })}>
          <p>${t('hooks.confirm', { url })}</p>
          <button type="button" class="primary" @click=${() => this.deleteHook(hook)}>${t('hooks.confirmYes')}</button>
          <button type="button" @click=${() => (this.confirming = undefined)}>${t('hooks.cancel')}</button>
        </div>`
      : html`<div class="actions">
          ${hook.enabled
            ? html`<button type="button" aria-label=${t('hooks.pauseOf', { url })} @click=${() => this.setEnabled(hook, false)}>${t('hooks.pause')}</button>`
            : html`<button type="button" aria-label=${t('hooks.enableOf', { url })} @click=${() => this.setEnabled(hook, true)}>${t('hooks.enable')}</button>`}
          <button type="button" aria-label=${t('hooks.rotateOf', { url })} @click=${() => this.rotate(hook)}>${t('hooks.rotate')}</button>
          <button type="button" aria-label=${t('hooks.deleteOf', { url })} @click=${() => (this.confirming = hook.id)}>${t('hooks.delete')}</button>
        </div>`;
    return html`<li aria-label=${url}>
      <p class="url"><strong>${url}</strong></p>
      <dl>
        <dt>${t('hooks.status')}</dt><dd>${webhookStatus(hook, this.strings)}</dd>
        <dt>${t('hooks.kinds')}</dt><dd>${hook.eventKinds.map((kind) => t(`hooks.kind.${kind}` as OurWebhooksKey)).join(', ')}</dd>
      </dl>
      ${actions}
      <h3>${t('hooks.deliveries')}</h3>
      ${deliveryTable(hook, this.deliveries[hook.id], this.strings)}
    </li>`;
  }

  private renderForm() {
    const { t } = this.strings;
    const urlDescribed = this.urlError ? 'hook-url-hint hook-url-error' : 'hook-url-hint';
    return html`<section aria-labelledby="add-heading">
      <h2 id="add-heading">${t('hooks.add')}</h2>
      <form novalidate @submit=${(e: SubmitEvent) => this.create(e)}>
        <label>${t('hooks.url')}
          <input id="hook-url" name="url" type="url" inputmode="url" maxlength="2000" required autocomplete="off" spellcheck="false"
            aria-invalid=${this.urlError ? 'true' : 'false'} aria-describedby=${urlDescribed}>
        </label>
        <p id="hook-url-hint" class="muted">${t('hooks.urlHint')}</p>
        ${this.urlError ? html`<p id="hook-url-error" class="error">${this.urlError}</p>` : nothing}
        <fieldset class="kinds" aria-describedby=${this.kindsError ? 'hook-kinds-error' : nothing}>
          <legend>${t('hooks.kindsLegend')}</legend>
          ${WEBHOOK_EVENT_KINDS.map((kind) => html`<label class="choice"><input type="checkbox" name="kind" value=${kind}> ${t(`hooks.kind.${kind}`)}</label>`)}
        </fieldset>
        ${this.kindsError ? html`<p id="hook-kinds-error" class="error">${this.kindsError}</p>` : nothing}
        <button type="submit" class="primary">${t('hooks.submit')}</button>
      </form>
    </section>`;
  }

  protected override renderScreen() {
    const { t } = this.strings;
    const hooks = this.hooks;
    return html`<p>${t('hooks.intro')}</p>
      ${this.revealed ? this.renderRevealed(this.revealed) : nothing}
      <section aria-labelledby="hooks-heading">
        <h2 id="hooks-heading">${t('hooks.list')}</h2>
        ${!hooks ? html`<p role="status">${t('loading')}</p>` : hooks.length === 0 ? html`<p>${t('hooks.none')}</p>`
          : html`<ul class="hooks">${hooks.map((hook) => this.renderHook(hook))}</ul>`}
      </section>
      ${this.renderForm()}`;
  }
}

if (!customElements.get('thb-portal-our-webhooks')) customElements.define('thb-portal-our-webhooks', ThbPortalOurWebhooks);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-our-webhooks': ThbPortalOurWebhooks;
  }
}
