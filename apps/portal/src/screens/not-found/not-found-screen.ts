/** `<thb-portal-not-found>`: an address the route table does not know. */
import { html } from 'lit';
import { PortalElement } from '../../internal/portal-element.ts';
import { screenStyles } from '../../internal/screen.styles.ts';

/** The not-found screen. @summary No such portal page. */
export class ThbPortalNotFound extends PortalElement {
  static override styles = [...PortalElement.styles, screenStyles];

  override render() {
    const { t, lang } = this.strings;
    return html`<div class="root" lang=${lang}><h1>${t('notFound.title')}</h1><p>${t('notFound.text')}</p><p><a href="/portal/">${t('notFound.home')}</a></p></div>`;
  }
}

if (!customElements.get('thb-portal-not-found')) customElements.define('thb-portal-not-found', ThbPortalNotFound);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-not-found': ThbPortalNotFound;
  }
}
