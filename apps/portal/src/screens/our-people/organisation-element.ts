/**
 * The base of an owner's organisation screens (people, keys): reads `GET /v1/me`, lets the
 * organisation's owners and the secretariat in, and tells an editor or anyone else that only
 * the owners manage this. Holds the announced notice line for what a request did or why the
 * API refused it (its problem `detail`).
 */
import { html, type TemplateResult } from 'lit';
import type { Catalogue } from '@thb/widgets/strings';
import { PortalElement } from '../../internal/portal-element.ts';
import { readSession } from '../../internal/session.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { ApiProblem } from '../secretariat-shared/secretariat-api.ts';
import { secretariatStyles } from '../secretariat-shared/secretariat.styles.ts';

type Access = 'checking' | 'manager' | 'editor' | 'refused';

/** The strings every organisation screen needs from its own catalogue. */
export type OrganisationKey = 'org.failed' | 'org.network' | 'org.back';

/** Base class of the owner's organisation screens. */
export abstract class OrganisationElement<K extends string> extends PortalElement<K | OrganisationKey> {
  // The secretariat's table, notice and form styles fit these screens as they are.
  static override styles = [...PortalElement.styles, screenStyles, secretariatStyles];
  static override properties = {
    ...PortalElement.properties, memberId: { attribute: 'member-id' }, access: { state: true }, notice: { state: true }, organisationName: { state: true },
  };
  declare memberId: string;
  declare access: Access;
  declare organisationName: string;
  /** The last outcome to announce (a success or a refusal). */
  declare notice: { kind: 'ok' | 'error'; text: string } | undefined;

  constructor(catalogue: Catalogue<K | OrganisationKey>) {
    super(catalogue);
    this.memberId = '';
    this.access = 'checking';
    this.organisationName = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void readSession(location.origin).then((state) => {
      if (state.status !== 'signed-in') return void (this.access = 'refused');
      const organisation = state.user.organisations.find((o) => o.memberId === this.memberId);
      this.organisationName = organisation?.name ?? this.memberId;
      this.access = organisation?.role === 'owner' || state.user.secretariat ? 'manager' : organisation ? 'editor' : 'refused';
      if (this.access === 'manager') void this.load();
    });
  }

  /** `/v1/organisations/{memberId}` with `rest` appended. */
  protected path(rest: string): string {
    return `/v1/organisations/${encodeURIComponent(this.memberId)}${rest}`;
  }

  /** Reads what the screen shows. */
  protected abstract load(): Promise<void>;
  /** The screen's heading text. */
  protected abstract get heading(): string;
  /** What an editor or anyone else reads instead of the screen. */
  protected abstract get onlyOwners(): string;
  /** The screen's content, for an owner or the secretariat. */
  protected abstract renderScreen(): TemplateResult;

  /** Says what went wrong with a request, in the API's words. */
  protected failed(error: unknown): void {
    const { t } = this.strings;
    this.notice = { kind: 'error', text: error instanceof ApiProblem && error.status !== 0 ? t('org.failed', { detail: error.message }) : t('org.network') };
  }

  protected succeeded(text: string): void {
    this.notice = { kind: 'ok', text };
  }

  override render() {
    const { t, lang } = this.strings;
    const notice = this.notice;
    const body = this.access === 'checking' ? html`<p role="status">${t('loading')}</p>`
      : this.access === 'manager' ? html`<p class="notice ${notice?.kind ?? ''}" role=${notice?.kind === 'error' ? 'alert' : 'status'}>${notice?.text ?? ''}</p>${this.renderScreen()}`
        : html`<p>${this.onlyOwners}</p>`;
    return html`<div class="root" lang=${lang}>
      <h1>${this.heading}${this.organisationName ? html` <span class="muted">· ${this.organisationName}</span>` : ''}</h1>
      ${body}
      <p><a href="/portal/">${t('org.back')}</a></p>
    </div>`;
  }
}
