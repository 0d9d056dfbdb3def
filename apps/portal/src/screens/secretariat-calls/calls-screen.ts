/** `<thb-portal-secretariat-calls>`: every call, newest first, with its phase and times in its zone. */
import { html } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant, textIn } from '../secretariat-shared/secretariat-format.ts';
import type { CallView } from './call-form.ts';
import { callsCatalogue, type CallsKey } from './calls.strings.ts';

/** The calls list. @summary The secretariat's calls. */
export class ThbPortalSecretariatCalls extends SecretariatElement<CallsKey> {
  static override properties = { ...SecretariatElement.properties, calls: { state: true } };
  declare calls: CallView[] | undefined;

  constructor() {
    super(withShared(callsCatalogue));
  }

  protected override get area() {
    return 'calls' as const;
  }

  protected override async load(): Promise<void> {
    try {
      this.calls = (await apiRequest<{ items: CallView[] }>('/v1/calls')).body.items;
    } catch (error) {
      this.failed(error);
    }
  }

  protected override renderScreen() {
    const { t, lang } = this.strings;
    const calls = this.calls;
    return html`<h1>${t('calls.title')}</h1>
      <p><a href="/portal/secretariat/calls/new">${t('calls.new')}</a></p>
      ${!calls ? html`<p role="status">${t('loading')}</p>` : calls.length === 0 ? html`<p>${t('calls.none')}</p>` : html`<div class="scroll" tabindex="0"><table>
        <thead><tr><th scope="col">${t('calls.col.title')}</th><th scope="col">${t('calls.col.phase')}</th><th scope="col">${t('calls.col.opens')}</th><th scope="col">${t('calls.col.closes')}</th></tr></thead>
        <tbody>${calls.map((call) => html`<tr>
          <td><a href="/portal/secretariat/calls/${call.id}">${textIn(call.title, lang)}</a></td>
          <td>${t(`calls.phase.${call.phase}`)}</td>
          <td>${formatInstant(call.opensAt, lang, call.timeZone)}</td>
          <td>${formatInstant(call.closesAt, lang, call.timeZone)}</td>
        </tr>`)}</tbody>
      </table></div>`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-calls')) customElements.define('thb-portal-secretariat-calls', ThbPortalSecretariatCalls);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-calls': ThbPortalSecretariatCalls;
  }
}
