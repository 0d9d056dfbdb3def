/**
 * `<thb-portal-apply>` at `/portal/apply`, public: the open call (`GET /v1/calls/current`) in the
 * UI language with its closing time in the call's zone, and the application form; after sending,
 * a confirmation. Without an open call: when the last closed and the next opens, and the
 * "tell me when the next call opens" form.
 */
import { html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { readCurrentCall, type CurrentCall } from './apply-api.ts';
import { formatInZone, localized } from './apply-format.ts';
import { applyCatalogue, type ApplyKey } from './apply.strings.ts';
import { applyStyles } from './apply.styles.ts';
import { defineApplicationForm, type ApplicationSaved } from './application-form.ts';
import { defineCallNotify } from './call-notify.ts';

type Phase = { name: 'loading' } | { name: 'error' } | { name: 'ready'; current: CurrentCall } | { name: 'saved'; saved: ApplicationSaved; closesAt: string; timeZone: string };

/** The public application screen. @summary Apply to the open call. */
export class ThbPortalApply extends PortalElement<ApplyKey> {
  static override styles = [...PortalElement.styles, screenStyles, applyStyles];
  static override properties = { ...PortalElement.properties, phase: { state: true } };
  declare phase: Phase;

  constructor() {
    super(applyCatalogue);
    this.phase = { name: 'loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    readCurrentCall().then((current) => (this.phase = { name: 'ready', current }), () => (this.phase = { name: 'error' }));
  }

  async #saved(event: CustomEvent<ApplicationSaved>): Promise<void> {
    if (this.phase.name !== 'ready' || !this.phase.current.open) return;
    const { closesAt, timeZone } = this.phase.current.open;
    this.phase = { name: 'saved', saved: event.detail, closesAt, timeZone };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    scrollTo(0, 0);
  }

  #closed(current: CurrentCall) {
    const { t, lang } = this.strings;
    const last = current.lastClosed;
    return html`<h1>${t('apply.closed.title')}</h1>
      <p>${last ? t('apply.closed.last', { when: formatInZone(last.closesAt, lang, last.timeZone) }) : t('apply.closed.none')}</p>
      ${current.next ? html`<p>${t('apply.closed.next', { when: formatInZone(current.next.opensAt, lang, current.next.timeZone) })}</p>` : nothing}
      <thb-portal-call-notify></thb-portal-call-notify>`;
  }

  override render() {
    const { t, lang } = this.strings;
    const phase = this.phase;
    if (phase.name === 'loading') return html`<div class="root" lang=${lang}><p role="status">${t('apply.loading')}</p></div>`;
    if (phase.name === 'error') return html`<div class="root" lang=${lang}><p role="alert">${t('error.network')}</p></div>`;
    if (phase.name === 'saved') {
      const { saved } = phase;
      const draft = saved.status === 'draft';
      return html`<div class="root" lang=${lang}>
        <h1 tabindex="-1">${t(draft ? 'done.draftTitle' : 'done.title')}</h1>
        <p role="status">${draft
          ? t('done.draftText', { email: saved.email, when: formatInZone(phase.closesAt, lang, phase.timeZone) })
          : t('done.text', { email: saved.email })}</p>
      </div>`;
    }
    const call = phase.current.open;
    if (!call) return html`<div class="root" lang=${lang}>${this.#closed(phase.current)}</div>`;
    return html`<div class="root call" lang=${lang}>
      <h1>${localized(call.title, lang)}</h1>
      <p class="call-text">${localized(call.text, lang)}</p>
      ${call.criteria.length ? html`<h2>${t('apply.criteria')}</h2>
        <ul>${call.criteria.map((criterion) => html`<li>${localized(criterion, lang)}</li>`)}</ul>` : nothing}
      <p><strong>${t('apply.closes', { when: formatInZone(call.closesAt, lang, call.timeZone) })}</strong></p>
      <h2>${t('apply.formTitle')}</h2>
      <thb-portal-application-form call-id=${call.id} @thb-application-saved=${(event: CustomEvent<ApplicationSaved>) => void this.#saved(event)}></thb-portal-application-form>
    </div>`;
  }
}

defineApplicationForm();
defineCallNotify();
if (!customElements.get('thb-portal-apply')) customElements.define('thb-portal-apply', ThbPortalApply);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-apply': ThbPortalApply;
  }
}
