/**
 * The base of the secretariat's screens: reads `GET /v1/me` and shows "only the secretariat" to
 * anyone else; else the screen's own content under the secretariat's sub-navigation. A screen
 * implements `renderScreen()` and `load()` (called once the session is known to be the secretariat).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '@thb/widgets/strings';
import { PortalElement } from '../../internal/portal-element.ts';
import { readSession } from '../../internal/session.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { secretariatStyles } from './secretariat.styles.ts';
import { ApiProblem } from './secretariat-api.ts';
import { secretariatSharedCatalogue, type SecretariatSharedKey } from './secretariat-shared.strings.ts';

type Access = 'checking' | 'secretariat' | 'refused';

/** A screen's catalogue with the shared secretariat strings, language by language. */
export function withShared<K extends string>(screen: { en: Record<K, string>; de: Record<K, string>; fr: Record<K, string> }): Catalogue<K | SecretariatSharedKey> {
  const shared = secretariatSharedCatalogue;
  return { en: { ...shared.en, ...screen.en }, de: { ...shared.de, ...screen.de }, fr: { ...shared.fr, ...screen.fr } };
}

const AREAS = ['calls', 'review', 'records', 'audit', 'announcements', 'meetings'] as const;

/** Base class of the secretariat screens. */
export abstract class SecretariatElement<K extends string> extends PortalElement<K | SecretariatSharedKey> {
  static override styles = [...PortalElement.styles, screenStyles, secretariatStyles];
  static override properties = { ...PortalElement.properties, access: { state: true }, notice: { state: true } };
  declare access: Access;
  /** The last outcome to announce (a success or a refusal). */
  declare notice: { kind: 'ok' | 'error'; text: string } | undefined;

  constructor(catalogue: Catalogue<K | SecretariatSharedKey>) {
    super(catalogue);
    this.access = 'checking';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void readSession(location.origin).then((state) => {
      this.access = state.status === 'signed-in' && state.user.secretariat ? 'secretariat' : 'refused';
      if (this.access === 'secretariat') void this.load();
    });
  }

  /** Reads what the screen shows. */
  protected abstract load(): Promise<void>;
  /** The screen's content, for the secretariat. */
  protected abstract renderScreen(): TemplateResult;

  /** Says what went wrong with a request. */
  protected failed(error: unknown): void {
    const { t } = this.strings;
    const text = error instanceof ApiProblem && error.status !== 0 ? t('sec.failed', { detail: error.message }) : t('sec.network');
    this.notice = { kind: 'error', text };
  }

  protected succeeded(text: string): void {
    this.notice = { kind: 'ok', text };
  }

  /** Where the screen sits in the secretariat's sub-navigation. */
  protected get area(): (typeof AREAS)[number] | 'overview' {
    return 'overview';
  }

  override render() {
    const { t, lang } = this.strings;
    if (this.access === 'checking') return html`<div class="root" lang=${lang}><p role="status">${t('loading')}</p></div>`;
    if (this.access === 'refused') {
      return html`<div class="root" lang=${lang}><h1>${t('sec.only.title')}</h1><p>${t('sec.only.text')}</p><p><a href="/portal/">${t('notFound.home')}</a></p></div>`;
    }
    const notice = this.notice;
    return html`<div class="root" lang=${lang}>
      <nav class="sub" aria-label=${t('sec.nav.label')}><ul>
        <li><a href="/portal/secretariat" aria-current=${this.area === 'overview' ? 'page' : nothing}>${t('sec.nav.overview')}</a></li>
        ${AREAS.map((area) => html`<li><a href="/portal/secretariat/${area}" aria-current=${this.area === area ? 'page' : nothing}>${t(`sec.nav.${area}`)}</a></li>`)}
      </ul></nav>
      <p class="notice ${notice?.kind ?? ''}" role=${notice?.kind === 'error' ? 'alert' : 'status'}>${notice?.text ?? nothing}</p>
      ${this.renderScreen()}
    </div>`;
  }
}
