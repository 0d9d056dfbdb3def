/** `<thb-portal-home>`: the overview after signing in: the person's organisations and roles. */
import { css, html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { readSession, type PortalUser } from '../../internal/session.ts';
import { screenStyles } from '../../internal/screen.styles.ts';
import { organisationLinks } from './organisation-links.ts';
import '../passkeys/passkey-offer.ts';

/** The overview screen. @summary What the signed-in person can do. */
export class ThbPortalHome extends PortalElement {
  static override styles = [...PortalElement.styles, screenStyles, css`
    ul.organisations { list-style: none; padding: 0; display: grid; gap: 1em; }
    h2 { font-size: 1.2em; margin: 0 0 0.25em; }
    ul.links { display: flex; flex-wrap: wrap; gap: 0.5em 1.25em; padding: 0; list-style: none; }
    ul.links a { display: inline-block; padding-block: 0.25em; }
  `];
  static override properties = { ...PortalElement.properties, user: { state: true } };
  declare user: PortalUser | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void readSession(location.origin).then((state) => {
      if (state.status === 'signed-in') this.user = state.user;
    });
  }

  override render() {
    const { t, plural, lang } = this.strings;
    const user = this.user;
    if (!user) return html`<div class="root" lang=${lang}><h1>${t('home.title')}</h1></div>`;
    const count = user.organisations.length;
    return html`<div class="root" lang=${lang}>
      <h1>${t('home.title')}</h1>
      <!-- Above the passkey offer, which appears after its own request and would move these links under a finger. -->
      <nav aria-label=${t('home.mine')}><ul class="links">
        <li><a href="/portal/news">${t('home.news')}</a></li>
        <li><a href="/portal/notifications">${t('home.notifications')}</a></li>
      </ul></nav>
      <thb-portal-passkey-offer></thb-portal-passkey-offer>
      ${user.secretariat ? html`<p>${t('home.secretariat')}</p><p><a href="/portal/secretariat">${t('home.secretariat.link')}</a></p>` : nothing}
      ${count === 0 ? html`<p>${t('home.none')}</p>` : html`<p>${plural('home.organisations', count)}</p>
        <ul class="organisations">${user.organisations.map((o) => html`<li>
          <h2>${o.name} <span class="muted">(${t(`role.${o.role}`)})</span></h2>
          <ul class="links">${organisationLinks(o.memberId, o.role).map((link) => html`<li><a href=${link.href}>${t(link.label)}</a></li>`)}</ul>
        </li>`)}</ul>`}
    </div>`;
  }
}

if (!customElements.get('thb-portal-home')) customElements.define('thb-portal-home', ThbPortalHome);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-home': ThbPortalHome;
  }
}
