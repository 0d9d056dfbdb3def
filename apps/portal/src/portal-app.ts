/**
 * `<thb-portal>`: the portal's shell. A skip link, a header with who is signed in, the nav, and
 * a main landmark that shows the screen the route table names. Screens that need a session
 * show the sign-in screen instead when no one is signed in.
 */
import { Router } from '@lit-labs/router';
import { html, nothing } from 'lit';
import { PortalElement } from './internal/portal-element.ts';
import { initialLanguage, useLanguage } from './internal/language.ts';
import { readSession, signOut, type SessionState } from './internal/session.ts';
import { PORTAL_ROUTES, type PortalRoute } from './routes.ts';
import { PORTAL_LANGUAGES } from './strings/catalogue.ts';
import { portalAppStyles } from './portal-app.styles.ts';
import './screens/not-found/not-found-screen.ts';

/** Where the portal is served. */
export const PORTAL_BASE = '/portal';

/**
 * The portal application.
 * @summary The members' and secretariat's portal.
 */
export class ThbPortal extends PortalElement {
  static override styles = [...PortalElement.styles, portalAppStyles];
  static override properties = { ...PortalElement.properties, session: { state: true } };

  declare session: SessionState;

  readonly #router = new Router(this, [
    ...PORTAL_ROUTES.map((route) => ({
      path: `${PORTAL_BASE}${route.path === '/' ? '{/}?' : route.path}`,
      enter: async () => (await route.load(), true),
      render: (params: Record<string, string | undefined>) => this.#screen(route, params),
    })),
  ], { fallback: { render: () => html`<thb-portal-not-found></thb-portal-not-found>` } });

  constructor() {
    super();
    this.session = { status: 'loading' };
    useLanguage(initialLanguage(), false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refreshSession();
    this.addEventListener('thb-session-change', () => void this.refreshSession());
  }

  /** Reads the session again (after signing in or out). */
  async refreshSession(): Promise<void> {
    this.session = await readSession(location.origin);
  }

  #screen(route: PortalRoute, params: Record<string, string | undefined>) {
    if (!route.auth) return route.render(params);
    if (this.session.status === 'loading') return html`<p role="status">${this.strings.t('loading')}</p>`;
    if (this.session.status === 'error') return html`<p role="alert">${this.strings.t('error.network')}</p>`;
    if (this.session.status === 'signed-out') {
      void import('./screens/sign-in/sign-in-screen.ts');
      return html`<thb-portal-sign-in></thb-portal-sign-in>`;
    }
    return route.render(params);
  }

  async #signOut(): Promise<void> {
    await signOut(location.origin);
    await this.refreshSession();
    await this.#router.goto(`${PORTAL_BASE}/`);
    history.pushState(null, '', `${PORTAL_BASE}/`);
  }

  #pickLanguage(event: Event): void {
    useLanguage((event.target as HTMLSelectElement).value, true);
  }

  #skip(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  override render() {
    const { t, lang } = this.strings;
    const session = this.session;
    const here = location.pathname;
    return html`<div class="root" lang=${lang}>
      <header>
        <!-- A button, not an in-page link: the main landmark is in this shadow root, where "#main" does not reach. -->
        <button class="skip" type="button" @click=${this.#skip}>${t('skip')}</button>
        <p class="brand">${t('app.title')}</p>
        <div class="who">
          ${session.status === 'signed-in'
            ? html`<span>${t('signedInAs', { email: session.user.email })}${session.user.organisations.length
                ? html` · ${session.user.organisations.map((o) => o.name).join(', ')}` : nothing}</span>
                <button type="button" @click=${() => void this.#signOut()}>${t('signOut')}</button>`
            : nothing}
          <label>${t('language')}
            <select @change=${this.#pickLanguage}>
              ${PORTAL_LANGUAGES.map((language) => html`<option value=${language.code} lang=${language.code} ?selected=${language.code === lang}>${language.name}</option>`)}
            </select>
          </label>
        </div>
      </header>
      <nav aria-label=${t('nav.label')}>
        <ul>
          <li><a href="${PORTAL_BASE}/" aria-current=${here === `${PORTAL_BASE}/` || here === PORTAL_BASE ? 'page' : nothing}>${t('nav.home')}</a></li>
          ${session.status === 'signed-in' && session.user.secretariat
            ? html`<li><a href="${PORTAL_BASE}/secretariat" aria-current=${here.startsWith(`${PORTAL_BASE}/secretariat`) ? 'page' : nothing}>${t('nav.secretariat')}</a></li>` : nothing}
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.#router.outlet()}</main>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal': ThbPortal;
  }
}
