/**
 * `<thb-portal-secretariat-applications call-id="…">`: a call's applications, filtered by status,
 * country and focus area (kept in the address), each opening its own screen; the CSV link has the
 * same filters.
 */
import { html, nothing } from 'lit';
import { FOCUS_AREA_VALUES } from '@thb/widgets/focus-strings';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { apiRequest, queryString } from '../secretariat-shared/secretariat-api.ts';
import { formatInstant, textIn } from '../secretariat-shared/secretariat-format.ts';
import type { CallView } from '../secretariat-calls/call-form.ts';
import { APPLICATION_STATUSES, type ApplicationView } from './application-types.ts';
import { applicationsCatalogue, type ApplicationsKey } from './applications.strings.ts';

/** A call's applications. @summary Filter, open and export applications. */
export class ThbPortalSecretariatApplications extends SecretariatElement<ApplicationsKey> {
  static override properties = {
    ...SecretariatElement.properties, callId: { attribute: 'call-id' }, call: { state: true }, page: { state: true }, filter: { state: true },
  };
  declare callId: string;
  declare call: CallView | undefined;
  declare page: { items: ApplicationView[]; total: number } | undefined;
  declare filter: { status: string; country: string; focus: string };

  constructor() {
    super(withShared(applicationsCatalogue));
    const params = new URLSearchParams(location.search);
    this.filter = { status: params.get('status') ?? '', country: params.get('country') ?? '', focus: params.get('focus') ?? '' };
  }

  protected override get area() {
    return 'calls' as const;
  }

  protected override async load(): Promise<void> {
    try {
      const id = encodeURIComponent(this.callId);
      this.call ??= (await apiRequest<CallView>(`/v1/calls/${id}`)).body;
      this.page = (await apiRequest<{ items: ApplicationView[]; total: number }>(`/v1/calls/${id}/applications${queryString({ ...this.filter, pageSize: 200 })}`)).body;
    } catch (error) {
      this.failed(error);
    }
  }

  #filter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    this.filter = { status: value('status'), country: value('country').toUpperCase(), focus: value('focus') };
    history.replaceState(null, '', `${location.pathname}${queryString(this.filter)}`);
    this.notice = undefined;
    void this.load();
  }

  protected override renderScreen() {
    const { t, lang, plural } = this.strings;
    const { call, page, filter } = this;
    const countries = new Intl.DisplayNames([lang], { type: 'region' });
    return html`<h1>${t('apps.title', { call: call ? textIn(call.title, lang) : '…' })}</h1>
      <form class="filters" role="search" aria-label=${t('apps.filter')} @submit=${(event: SubmitEvent) => this.#filter(event)}>
        <label>${t('apps.filter.status')}<select name="status">
          <option value="" ?selected=${filter.status === ''}>${t('apps.filter.any')}</option>
          ${APPLICATION_STATUSES.map((status) => html`<option value=${status} ?selected=${filter.status === status}>${t(`apps.status.${status}`)}</option>`)}
        </select></label>
        <label>${t('apps.filter.country')}<input name="country" maxlength="2" size="4" autocomplete="off" .value=${filter.country}></label>
        <label>${t('apps.filter.focus')}<select name="focus">
          <option value="" ?selected=${filter.focus === ''}>${t('apps.filter.any')}</option>
          ${FOCUS_AREA_VALUES.map((area) => html`<option value=${area} ?selected=${filter.focus === area}>${t(`focus.${area}`)}</option>`)}
        </select></label>
        <button type="submit">${t('apps.apply')}</button>
      </form>
      <p><a href="/v1/calls/${encodeURIComponent(this.callId)}/applications.csv${queryString(filter)}" download>${t('apps.csv')}</a></p>
      ${!page ? html`<p role="status">${t('loading')}</p>` : html`<p role="status">${plural('apps.count', page.total)}</p>
        ${page.items.length === 0 ? nothing : html`<div class="scroll" tabindex="0"><table>
          <thead><tr><th scope="col">${t('apps.col.name')}</th><th scope="col">${t('apps.col.country')}</th><th scope="col">${t('apps.col.status')}</th><th scope="col">${t('apps.col.submitted')}</th></tr></thead>
          <tbody>${page.items.map((a) => html`<tr>
            <td><a href="/portal/secretariat/applications/${a.id}">${a.organisation.name ?? a.contact.name}</a></td>
            <td>${a.organisation.country ? countries.of(a.organisation.country) : '—'}</td>
            <td>${t(`apps.status.${a.status}`)}</td>
            <td>${formatInstant(a.submittedAt, lang)}</td>
          </tr>`)}</tbody>
        </table></div>`}`}`;
  }
}

if (!customElements.get('thb-portal-secretariat-applications')) customElements.define('thb-portal-secretariat-applications', ThbPortalSecretariatApplications);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat-applications': ThbPortalSecretariatApplications;
  }
}
