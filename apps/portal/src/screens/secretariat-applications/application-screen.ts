/**
 * `<thb-portal-secretariat-application application-id="…">`: one application as submitted, and
 * the decision: approve (the API publishes the member entry, makes its organisation and invites
 * the contact as owner) or reject with a reason (mailed to the contact).
 */
import { html, nothing } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant, showValue } from '../secretariat-shared/secretariat-format.ts';
import type { ApplicationView } from './application-types.ts';
import { applicationsCatalogue, type ApplicationsKey } from './applications.strings.ts';

const ORGANISATION_FIELDS = ['name', 'acronym', 'country', 'city', 'scope', 'focus', 'languages', 'website', 'description'] as const;

/** One application. @summary Read and decide an application. */
export class ThbPortalSecretariatApplication extends SecretariatElement<ApplicationsKey> {
  static override properties = {
    ...SecretariatElement.properties, applicationId: { attribute: 'application-id' }, application: { state: true }, busy: { state: true }, reasonMissing: { state: true },
  };
  declare applicationId: string;
  declare application: ApplicationView | undefined;
  declare busy: boolean;
  declare reasonMissing: boolean;

  constructor() {
    super(withShared(applicationsCatalogue));
    this.busy = false;
    this.reasonMissing = false;
  }

  protected override get area() {
    return 'calls' as const;
  }

  protected override async load(): Promise<void> {
    try {
      this.application = (await apiRequest<ApplicationView>(`/v1/applications/${encodeURIComponent(this.applicationId)}`)).body;
    } catch (error) {
      this.failed(error);
    }
  }

  async #decide(decision: 'approve' | 'reject'): Promise<void> {
    const application = this.application!;
    const field = (name: string) => (this.renderRoot.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '').trim();
    const reason = field('reason');
    const memberId = field('memberId');
    if (decision === 'reject' && !reason) {
      this.reasonMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[name="reason"]')?.focus();
      return;
    }
    this.reasonMissing = false;
    this.busy = true;
    try {
      const body = { decision, ...(reason ? { reason } : {}), ...(decision === 'approve' && memberId ? { memberId } : {}) };
      const result = (await apiRequest<{ memberId: string | null }>(`/v1/applications/${application.id}/decision`, { method: 'POST', body })).body;
      const { t } = this.strings;
      this.succeeded(decision === 'approve' ? t('app.approved', { id: result.memberId ?? '', email: application.contact.email }) : t('app.rejected', { email: application.contact.email }));
      await this.load();
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  protected override renderScreen() {
    const { t, lang } = this.strings;
    const a = this.application;
    if (!a) return html`<p role="status">${t('loading')}</p>`;
    const o = a.organisation;
    return html`<h1>${t('app.title', { name: o.name ?? a.contact.name })}</h1>
      <p><a href="/portal/secretariat/calls/${a.callId}/applications">${t('app.back')}</a></p>
      <dl>
        <dt>${t('app.field.status')}</dt><dd>${t(`apps.status.${a.status}`)}</dd>
        <dt>${t('app.field.submitted')}</dt><dd>${formatInstant(a.submittedAt, lang)}</dd>
        ${a.decidedAt ? html`<dt>${t('app.field.decided')}</dt><dd>${formatInstant(a.decidedAt, lang)}</dd>` : nothing}
        ${a.reason ? html`<dt>${t('app.field.reason')}</dt><dd>${a.reason}</dd>` : nothing}
        ${a.memberId ? html`<dt>${t('app.field.member')}</dt><dd>${a.memberId}</dd>` : nothing}
      </dl>
      <h2>${t('app.organisation')}</h2>
      <dl>${ORGANISATION_FIELDS.filter((f) => o[f] !== undefined).map((f) => html`<dt>${t(`app.field.${f}`)}</dt><dd>${showValue(o[f])}</dd>`)}</dl>
      <h2>${t('app.contact')}</h2>
      <dl><dt>${t('app.field.name')}</dt><dd>${a.contact.name}</dd><dt>${t('app.field.email')}</dt><dd>${a.contact.email}</dd></dl>
      ${a.status !== 'submitted' ? nothing : html`<h2>${t('app.decide')}</h2>
        <form @submit=${(event: SubmitEvent) => event.preventDefault()}>
          <label>${t('app.memberId')}<input name="memberId" pattern="[a-z0-9][a-z0-9-]*" maxlength="64" autocomplete="off"></label>
          <div><button class="primary" type="button" ?disabled=${this.busy} @click=${() => void this.#decide('approve')}>${t('app.approve')}</button></div>
          <label>${t('sec.reason')}<textarea name="reason" rows="3" maxlength="2000" aria-invalid=${this.reasonMissing ? 'true' : 'false'} aria-describedby="reason-problem"></textarea></label>
          <p id="reason-problem" class="error">${this.reasonMissing ? t('sec.reason.needed') : nothing}</p>
          <div><button type="button" ?disabled=${this.busy} @click=${() => void this.#decide('reject')}>${t('app.reject')}</button></div>
        </form>`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-application')) customElements.define('thb-portal-secretariat-application', ThbPortalSecretariatApplication);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-application': ThbPortalSecretariatApplication;
  }
}
