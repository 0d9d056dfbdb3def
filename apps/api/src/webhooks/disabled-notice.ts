/**
 * The mail to an organisation's owners (or, for the secretariat's own endpoints, to the
 * secretariat's addresses) when the platform turned one of its endpoints off; queued in the mail
 * queue like every mail, so it survives an SMTP server that is down.
 */
import { FALLBACK_LANGUAGE } from '@thb/schema';
import type { WebhookEndpoint } from '@thb/store/webhooks';
import type { Accounts } from '../auth/accounts.ts';
import type { Mailer } from '../mail/mailer.ts';
import { webhookDisabledMail } from '../mail/templates/index.ts';

/**
 * `onDisabled` for `deliverWebhooks`.
 * @example deliverWebhooks(queue, { send, onDisabled: disabledNotice(accounts, mailer, publicUrl, env.SECRETARIAT_EMAILS) })
 */
export function disabledNotice(
  accounts: Pick<Accounts, 'people' | 'localeOf'>, mailer: Mailer, publicUrl: string, secretariat: readonly string[] = [],
): (endpoint: WebhookEndpoint) => Promise<void> {
  return async (endpoint) => {
    // The owners' "Our webhooks" screen, where they re-enable it; the secretariat's own endpoints have none.
    const path = endpoint.memberId === null ? '/portal/' : `/portal/organisations/${encodeURIComponent(endpoint.memberId)}/webhooks`;
    const url = new URL(path, publicUrl).href;
    const recipients = endpoint.memberId === null
      ? [...secretariat]
      : (await accounts.people(endpoint.memberId)).filter((person) => person.role === 'owner').map((person) => person.email);
    for (const to of recipients) {
      await mailer.send(webhookDisabledMail({
        to, language: (await accounts.localeOf(to)) ?? FALLBACK_LANGUAGE, endpointUrl: endpoint.url,
        reason: endpoint.disabledReason ?? '', url,
      }));
    }
  };
}
