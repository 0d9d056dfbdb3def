/**
 * `<thb-portal-application-form>`: the application form, new (`call-id`: `POST /v1/applications`)
 * or continuing a draft (`token`: `PATCH /v1/applications/mine`). "Save draft" and "Submit";
 * the API's problem errors are shown beside their fields and the first wrong field gets the focus.
 * @fires thb-application-saved - `{ status, email, view? }` once the API stored it.
 */
import { html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { ApplyProblem, continueApplication, createApplication, readKnownCities, type ApplicationView, type KnownCity } from './apply-api.ts';
import { applyCatalogue, type ApplyKey } from './apply.strings.ts';
import { applyStyles } from './apply.styles.ts';
import { contactFields, fieldErrors, FORM_FIELDS, organisationFields, type FieldKey } from './form-fields.ts';
import { readApplicationForm } from './form-read.ts';

/** What `thb-application-saved` carries. */
export interface ApplicationSaved {
  status: 'draft' | 'submitted';
  email: string;
  view?: ApplicationView;
}

/** The application form. @summary Apply, save a draft, continue it. */
export class ThbPortalApplicationForm extends PortalElement<ApplyKey> {
  static override styles = [...PortalElement.styles, screenStyles, applyStyles];
  static override properties = {
    ...PortalElement.properties,
    callId: { attribute: 'call-id' }, token: {}, draft: { attribute: false },
    errors: { state: true }, notice: { state: true }, sending: { state: true }, country: { state: true }, cities: { state: true },
  };

  /** The open call a new application goes to. */
  declare callId: string;
  /** A draft's token: the form continues it. */
  declare token: string;
  /** The draft to continue. */
  declare draft: ApplicationView | undefined;
  declare errors: Map<FieldKey, string>;
  declare notice: string;
  declare sending: boolean;
  declare country: string;
  declare cities: KnownCity[];

  constructor() {
    super(applyCatalogue);
    this.callId = '';
    this.token = '';
    this.draft = undefined;
    this.errors = new Map();
    this.notice = '';
    this.sending = false;
    this.country = '';
    this.cities = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.country = this.draft?.organisation.country ?? '';
    void readKnownCities().then((cities) => (this.cities = cities));
  }

  #onCity(event: Event): void {
    const city = (event.target as HTMLInputElement).value.trim().toLowerCase();
    const known = this.cities.find((c) => c.country === this.country && c.city.toLowerCase() === city);
    if (!known) return;
    const field = (name: string) => this.renderRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    field('lat')!.value = String(known.lat);
    field('lon')!.value = String(known.lon);
    // The position picker follows the fields' input events.
    field('lat')!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const status = (event.submitter as HTMLButtonElement | null)?.value === 'submitted' ? 'submitted' : 'draft';
    const values = readApplicationForm(event.target as HTMLFormElement);
    this.sending = true;
    this.notice = this.t('save.sending');
    try {
      if (this.token) {
        const view = await continueApplication(this.token, { organisation: values.organisation, contact: values.contact, status });
        this.#done({ status, email: view.contact.email, view });
      } else {
        const created = await createApplication({ callId: this.callId, ...values, status });
        this.#done({ status: created.status, email: values.contact.email });
      }
    } catch (error) {
      await this.#refused(error);
    } finally {
      this.sending = false;
    }
  }

  #done(saved: ApplicationSaved): void {
    this.errors = new Map();
    this.notice = '';
    this.dispatchEvent(new CustomEvent<ApplicationSaved>('thb-application-saved', { detail: saved, bubbles: true, composed: true }));
  }

  async #refused(error: unknown): Promise<void> {
    const problem = error instanceof ApplyProblem ? error : new ApplyProblem(0, '');
    this.errors = fieldErrors(problem.fields);
    if (this.errors.size > 0) this.notice = this.t('error.fields', { count: this.errors.size });
    else if (problem.status === 409) this.notice = this.t('error.closed');
    else if (problem.status === 429) this.notice = this.t('error.tooMany');
    else if (problem.status === 0) this.notice = this.t('error.network');
    else this.notice = this.t('error.other', { message: problem.message });
    await this.updateComplete;
    const first = FORM_FIELDS.find(({ key }) => this.errors.has(key));
    if (first) this.renderRoot.querySelector<HTMLElement>(`#f-${first.key}`)?.focus();
  }

  private t(key: ApplyKey | 'error.network', values?: Record<string, string | number>): string {
    return this.strings.t(key, values);
  }

  override render() {
    const { t, lang } = this.strings;
    const draft = this.draft;
    const ctx = {
      t: this.t.bind(this), lang, organisation: draft?.organisation ?? {}, contact: draft?.contact ?? {},
      errors: this.errors, country: this.country, cities: this.cities, isNew: !this.token,
      onCountry: (event: Event) => (this.country = (event.target as HTMLSelectElement).value),
      onCity: (event: Event) => this.#onCity(event),
    };
    return html`<form class="application" novalidate @submit=${(event: SubmitEvent) => void this.#save(event)}>
      <p class="muted">${t('apply.required')}</p>
      ${organisationFields(ctx)}
      ${contactFields(ctx)}
      <p class="notice" role="status">${this.notice || nothing}</p>
      <div class="actions">
        <button type="submit" name="status" value="draft" ?disabled=${this.sending}>${t('save.draft')}</button>
        <button type="submit" name="status" value="submitted" class="primary" ?disabled=${this.sending}>${t('save.submit')}</button>
      </div>
    </form>`;
  }
}

/** Defines `<thb-portal-application-form>` (once): called by the screens that use it, since the package marks only `*-screen.ts` as having side effects. */
export function defineApplicationForm(): void {
  if (!customElements.get('thb-portal-application-form')) customElements.define('thb-portal-application-form', ThbPortalApplicationForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-application-form': ThbPortalApplicationForm;
  }
}
