/** An endpoint's status line and its last deliveries, as the webhooks screen shows them. */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '@thb/widgets/strings';
import type { PortalStringKey } from '../../strings/en.ts';
import type { OurWebhooksKey } from './our-webhooks.strings.ts';

/** The screen's strings: its own and the portal's. */
export type WebhookStrings = Strings<OurWebhooksKey | PortalStringKey>;

/** An endpoint as the API lists it. */
export interface WebhookInfo {
  id: string;
  url: string;
  eventKinds: string[];
  enabled: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  createdAt: string;
}

/** One entry of an endpoint's delivery log. */
export interface DeliveryInfo {
  id: string;
  eventKind: string;
  status: 'pending' | 'delivered' | 'failed';
  attempt: number;
  lastStatusCode: number | null;
  lastError: string | null;
  updatedAt: string;
}

/** The reason the API gives when an owner paused the endpoint (anything else stopped it). */
const PAUSED_BY_OWNER = 'disabled by its owner';

/** Active, paused, or stopped with the API's reason. */
export function webhookStatus(endpoint: WebhookInfo, strings: WebhookStrings): string {
  const { t } = strings;
  if (endpoint.enabled) {
    return endpoint.consecutiveFailures > 0
      ? `${t('hooks.status.active')} (${t('hooks.failures', { count: endpoint.consecutiveFailures })})` : t('hooks.status.active');
  }
  return endpoint.disabledReason === PAUSED_BY_OWNER || endpoint.disabledReason === null
    ? t('hooks.status.paused') : t('hooks.status.disabled', { reason: endpoint.disabledReason });
}

function result(delivery: DeliveryInfo, strings: WebhookStrings): string {
  const { t } = strings;
  const error = delivery.lastError ?? String(delivery.lastStatusCode ?? '');
  if (delivery.status === 'delivered') return t('hooks.result.delivered', { code: delivery.lastStatusCode ?? '' });
  if (delivery.status === 'failed') return t('hooks.result.failed', { error });
  return delivery.attempt === 0 ? t('hooks.result.pending') : t('hooks.result.retrying', { error });
}

/** The table of the last deliveries (it scrolls by itself on a phone), or a line saying there are none. */
export function deliveryTable(endpoint: WebhookInfo, deliveries: DeliveryInfo[] | undefined, strings: WebhookStrings): TemplateResult {
  const { t, lang } = strings;
  if (!deliveries) return html`<p role="status">${t('loading')}</p>`;
  if (deliveries.length === 0) return html`<p class="muted">${t('hooks.noDeliveries')}</p>`;
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
  const kind = (value: string) => t(`hooks.kind.${value}` as OurWebhooksKey);
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${`${t('hooks.deliveries')}: ${endpoint.url}`}><table>
    <thead><tr>${(['when', 'event', 'result', 'attempts'] as const).map((col) => html`<th scope="col">${t(`hooks.col.${col}`)}</th>`)}</tr></thead>
    <tbody>${deliveries.map((delivery) => html`<tr>
      <td>${when.format(new Date(delivery.updatedAt))}</td>
      <td>${kind(delivery.eventKind)}</td>
      <td>${result(delivery, strings)}</td>
      <td>${delivery.attempt}</td>
    </tr>`)}</tbody>
  </table></div>`;
}
