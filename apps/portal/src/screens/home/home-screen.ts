/** `<thb-portal-home>`: the overview after signing in. */
import { html } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';

/** The overview screen. @summary What the signed-in person can do. */
export class ThbPortalHome extends PortalElement {
  static override styles = [...PortalElement.styles, screenStyles];

  override render() {
    const { t, lang } = this.strings;
    return html`<div class="root" lang=${lang}><h1>${t('home.title')}</h1><p>${t('home.none')}</p></div>`;
  }
}

if (!customElements.get('thb-portal-home')) customElements.define('thb-portal-home', ThbPortalHome);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-home': ThbPortalHome;
  }
}
