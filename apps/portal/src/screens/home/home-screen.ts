/** `<thb-portal-home>`: the overview after signing in: the person's organisations and roles. */
import { html, nothing } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { readSession, type PortalUser } from '../../internal/session.ts';
import { screenStyles } from '../../internal/screen.styles.ts';

/** The overview screen. @summary What the signed-in person can do. */
export class ThbPortalHome extends PortalElement {
  static override styles = [...PortalElement.styles, screenStyles];
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
      ${user.secretariat ? html`<p>${t('home.secretariat')}</p><p><a href="/portal/secretariat">${t('home.secretariat.link')}</a></p>` : nothing}
      ${count === 0 ? html`<p>${t('home.none')}</p>` : html`<p>${plural('home.organisations', count)}</p>
        <ul>${user.organisations.map((o) => html`<li>${o.name} (${t(`role.${o.role}`)})</li>`)}</ul>`}
    </div>`;
  }
}

if (!customElements.get('thb-portal-home')) customElements.define('thb-portal-home', ThbPortalHome);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-home': ThbPortalHome;
  }
}
