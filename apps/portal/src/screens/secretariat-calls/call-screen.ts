/**
 * `<thb-portal-secretariat-call call-id="…">`: one call (its texts, criteria and times in its
 * zone), its edit form (`PATCH` with the ETag in `If-Match`) and "close now"; with
 * `call-id="new"` the form that opens a call (`POST /v1/calls`).
 */
import { html, nothing } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant, textIn } from '../secretariat-shared/secretariat-format.ts';
import { callFields, readCallForm, type CallView } from './call-form.ts';
import { callsCatalogue, type CallsKey } from './calls.strings.ts';

/** One call. @summary Open, read, edit or close a call. */
export class ThbPortalSecretariatCall extends SecretariatElement<CallsKey> {
  static override properties = {
    ...SecretariatElement.properties, callId: { attribute: 'call-id' }, call: { state: true }, busy: { state: true },
  };
  declare callId: string;
  declare call: CallView | undefined;
  declare busy: boolean;
  #etag = '*';

  constructor() {
    super(withShared(callsCatalogue));
    this.busy = false;
  }

  protected override get area() {
    return 'calls' as const;
  }

  protected override async load(): Promise<void> {
    if (this.callId === 'new') return;
    try {
      const answer = await apiRequest<CallView>(`/v1/calls/${encodeURIComponent(this.callId)}`);
      this.call = answer.body;
      this.#etag = answer.etag ?? '*';
    } catch (error) {
      this.failed(error);
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return;
    await this.#send(readCallForm(form), this.call ? 'call.saved' : 'call.created');
  }

  async #send(body: Record<string, unknown>, done: CallsKey): Promise<void> {
    this.busy = true;
    try {
      const answer = this.call
        ? await apiRequest<CallView>(`/v1/calls/${this.call.id}`, { method: 'PATCH', body, headers: { 'if-match': this.#etag } })
        : await apiRequest<CallView>('/v1/calls', { method: 'POST', body });
      const created = !this.call;
      this.call = answer.body;
      this.#etag = answer.etag ?? '*';
      this.succeeded(this.strings.t(done));
      if (created) history.replaceState(null, '', `/portal/secretariat/calls/${answer.body.id}`);
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  async #close(): Promise<void> {
    const call = this.call;
    if (!call) return;
    const now = new Date().toISOString();
    // A scheduled call closed before it opened: both times move to now, in that order.
    const body = Date.parse(call.opensAt) >= Date.now() ? { opensAt: new Date(Date.now() - 1000).toISOString(), closesAt: now } : { closesAt: now };
    await this.#send(body, 'call.closed');
  }

  protected override renderScreen() {
    const { t, lang } = this.strings;
    const call = this.call;
    if (this.callId !== 'new' && !call) return html`<p role="status">${t('loading')}</p>`;
    const languageName = new Intl.DisplayNames([lang], { type: 'language' });
    const label = (key: string, language?: string) => key === 'language' ? languageName.of(language!) ?? language! : t(`field.${key}` as CallsKey, { language: language ? languageName.of(language) ?? language : '' });
    return html`
      ${call ? html`<h1>${textIn(call.title, lang)}</h1>
        <p>${t(`calls.phase.${call.phase}`)} · ${formatInstant(call.opensAt, lang, call.timeZone)} – ${formatInstant(call.closesAt, lang, call.timeZone)} · ${t('call.timeZone', { zone: call.timeZone })}</p>
        <p>${textIn(call.text, lang)}</p>
        ${call.criteria.length ? html`<h2>${t('call.criteria')}</h2><ul>${call.criteria.map((c) => html`<li>${textIn(c, lang)}</li>`)}</ul>` : nothing}
        <div class="actions">
          <a href="/portal/secretariat/calls/${call.id}/applications">${t('call.applications')}</a>
          ${call.phase !== 'closed' ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.#close()}>${t('call.close')}</button>` : nothing}
        </div>
        <h2>${t('call.edit')}</h2>` : html`<h1>${t('call.new.title')}</h1>`}
      <form @submit=${(event: SubmitEvent) => void this.#save(event)}>
        ${callFields(call, label)}
        <div><button class="primary" type="submit" ?disabled=${this.busy}>${t(call ? 'call.save' : 'call.create')}</button></div>
      </form>`;
  }
}

if (!customElements.get('thb-portal-secretariat-call')) customElements.define('thb-portal-secretariat-call', ThbPortalSecretariatCall);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-call': ThbPortalSecretariatCall;
  }
}
