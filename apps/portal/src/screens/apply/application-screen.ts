/**
 * `<thb-portal-application>` at `/portal/application?token=…`, the link in the confirmation
 * mail: the application's status (`GET /v1/applications/mine` with the token in
 * `Application-Token`), the secretariat's reason for a rejection, and for a draft the form to
 * continue and submit it (`PATCH …/mine`) until the call closes.
 */
import { html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { ApplyProblem, readApplication, readCurrentCall, type ApplicationView, type PublicCall } from './apply-api.ts';
import { formatInZone } from './apply-format.ts';
import { applyCatalogue, type ApplyKey } from './apply.strings.ts';
import { applyStyles } from './apply.styles.ts';
import { defineApplicationForm, type ApplicationSaved } from './application-form.ts';

type Phase = { name: 'loading' } | { name: 'no-token' } | { name: 'bad-token' } | { name: 'error' } | { name: 'ready'; view: ApplicationView; timeZone: string; notice: string };

/** The token the mailed link carries. */
const tokenOfPage = () => new URLSearchParams(location.search).get('token')?.trim() ?? '';

/** The applicant's status screen. @summary An application's status, and its draft. */
export class ThbPortalApplication extends PortalElement<ApplyKey> {
  static override styles = [...PortalElement.styles, screenStyles, applyStyles];
  static override properties = { ...PortalElement.properties, phase: { state: true } };
  declare phase: Phase;
  readonly #token = tokenOfPage();

  constructor() {
    super(applyCatalogue);
    this.phase = { name: 'loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#token) this.phase = { name: 'no-token' };
    else void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const [view, zone] = await Promise.all([readApplication(this.#token), this.#zoneOfOpenCall()]);
      this.phase = { name: 'ready', view, timeZone: zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, notice: '' };
    } catch (error) {
      this.phase = { name: error instanceof ApplyProblem && error.status === 401 ? 'bad-token' : 'error' };
    }
  }

  /** The zone the call's times were set in (the application names only the closing instant). */
  async #zoneOfOpenCall(): Promise<string | undefined> {
    const current = await readCurrentCall().catch(() => undefined);
    const calls = [current?.open, current?.lastClosed].filter((call): call is PublicCall => Boolean(call));
    return calls[0]?.timeZone;
  }

  async #saved(event: CustomEvent<ApplicationSaved>): Promise<void> {
    if (this.phase.name !== 'ready' || !event.detail.view) return;
    const notice = this.strings.t(event.detail.status === 'draft' ? 'status.saved' : 'status.submittedNow');
    this.phase = { ...this.phase, view: event.detail.view, notice };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    const { t, lang } = this.strings;
    const phase = this.phase;
    const root = (content: unknown) => html`<div class="root" lang=${lang}><h1 tabindex="-1">${t('status.title')}</h1>${content}</div>`;
    if (phase.name === 'loading') return root(html`<p role="status">${t('loading')}</p>`);
    if (phase.name === 'no-token') return root(html`<p role="alert">${t('status.noToken')}</p>`);
    if (phase.name === 'bad-token') return root(html`<p role="alert">${t('status.badToken')}</p>`);
    if (phase.name === 'error') return root(html`<p role="alert">${t('error.network')}</p>`);
    const { view, timeZone } = phase;
    const until = formatInZone(view.editableUntil, lang, timeZone);
    const open = Date.parse(view.editableUntil) > Date.now();
    return root(html`
      <p role="status">${phase.notice ? html`${phase.notice} ` : nothing}</p>
      <p class="status"><strong>${t('status.label', { status: t(`status.${view.status}`) })}</strong></p>
      ${view.organisation.name ? html`<p>${view.organisation.name}</p>` : nothing}
      ${view.status === 'rejected' && view.reason ? html`<p>${t('status.reason', { reason: view.reason })}</p>` : nothing}
      ${view.status === 'approved' && view.memberId ? html`<p><a href="/portal/entry/${view.memberId}">${t('status.member')}</a></p>` : nothing}
      ${view.status === 'draft' && open ? html`<p>${t('status.continue', { when: until })}</p>
        <thb-portal-application-form token=${this.#token} .draft=${view}
          @thb-application-saved=${(event: CustomEvent<ApplicationSaved>) => void this.#saved(event)}></thb-portal-application-form>` : nothing}
      ${view.status === 'draft' && !open ? html`<p>${t('status.tooLate', { when: until })}</p>` : nothing}`);
  }
}

defineApplicationForm();
if (!customElements.get('thb-portal-application')) customElements.define('thb-portal-application', ThbPortalApplication);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-application': ThbPortalApplication;
  }
}
