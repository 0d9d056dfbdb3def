/** `<thb-portal-secretariat>`: what the secretariat can do, one link per area. */
import { html } from 'lit';
import { SecretariatElement, withShared } from '../secretariat-shared/secretariat-element.ts';
import { overviewCatalogue, type OverviewKey } from './overview.strings.ts';

const AREAS = ['calls', 'review', 'records', 'audit', 'announcements', 'meetings'] as const;

/** The secretariat's overview. @summary The secretariat's areas. */
export class ThbPortalSecretariat extends SecretariatElement<OverviewKey> {
  constructor() {
    super(withShared(overviewCatalogue));
  }

  protected override async load(): Promise<void> {}

  protected override renderScreen() {
    const { t } = this.strings;
    return html`<h1>${t('overview.title')}</h1>
      <ul>${AREAS.map((area) => html`<li><a href="/portal/secretariat/${area}">${t(`sec.nav.${area}`)}</a>: ${t(`overview.${area}`)}</li>`)}</ul>`;
  }
}

if (!customElements.get('thb-portal-secretariat')) customElements.define('thb-portal-secretariat', ThbPortalSecretariat);

declare global {
  interface HTMLElementTagNameMap {
    'thb-portal-secretariat': ThbPortalSecretariat;
  }
}
