/**
 * `<thb-portal-call-notify>`: "tell me when the next call opens". Posts the address to
 * `POST /v1/call-subscriptions`, which mails a confirm link (double opt-in); the API's pages
 * behind that link and behind the one-click removal link in every call mail do the rest.
 */
import { html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { ApplyProblem, subscribeToCalls } from './apply-api.ts';
import { applyCatalogue, type ApplyKey } from './apply.strings.ts';
import { applyStyles } from './apply.styles.ts';

type Phase = { name: 'ask'; problem?: string } | { name: 'sending' } | { name: 'sent'; email: string };

/** The subscription form. @summary Tell me when the next call opens. */
export class ThbPortalCallNotify extends PortalElement<ApplyKey> {
  static override styles = [...PortalElement.styles, screenStyles, applyStyles];
  static override properties = { ...PortalElement.properties, phase: { state: true } };
  declare phase: Phase;

  constructor() {
    super(applyCatalogue);
    this.phase = { name: 'ask' };
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = String(new FormData(event.target as HTMLFormElement).get('email') ?? '').trim();
    const { t, lang } = this.strings;
    this.phase = { name: 'sending' };
    try {
      await subscribeToCalls(email, ['en', 'de', 'fr'].includes(lang) ? lang : 'en');
      this.phase = { name: 'sent', email };
    } catch (error) {
      const problem = error instanceof ApplyProblem ? error : new ApplyProblem(0, '');
      const message = problem.status === 400 ? t('signIn.invalid') : problem.status === 429 ? t('error.tooMany') : problem.status === 0 ? t('error.network') : t('error.other', { message: problem.message });
      this.phase = { name: 'ask', problem: message };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.phase.name === 'sent' ? '.sent' : 'input')?.focus();
  }

  override render() {
    const { t, lang } = this.strings;
    const phase = this.phase;
    if (phase.name === 'sent') {
      return html`<div class="root" lang=${lang}>
        <h2>${t('notify.title')}</h2>
        <p class="sent" tabindex="-1" role="status">${t('notify.sent', { email: phase.email })}</p>
      </div>`;
    }
    const problem = phase.name === 'ask' ? phase.problem : undefined;
    return html`<div class="root" lang=${lang}>
      <h2>${t('notify.title')}</h2>
      <form novalidate @submit=${(event: SubmitEvent) => void this.#submit(event)}>
        <label for="notify-email">${t('notify.email')}</label>
        <input id="notify-email" name="email" type="email" autocomplete="email" required maxlength="254"
          aria-invalid=${problem ? 'true' : 'false'} aria-describedby="notify-problem">
        <p id="notify-problem" class="error" role="alert">${problem ?? nothing}</p>
        <div><button class="primary" type="submit" ?disabled=${phase.name === 'sending'}>${t('notify.submit')}</button></div>
      </form>
    </div>`;
  }
}

/** Defines `<thb-portal-call-notify>` (once): called by the screens that use it, since the package marks only `*-screen.ts` as having side effects. */
export function defineCallNotify(): void {
  if (!customElements.get('thb-portal-call-notify')) customElements.define('thb-portal-call-notify', ThbPortalCallNotify);
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-call-notify': ThbPortalCallNotify;
  }
}
