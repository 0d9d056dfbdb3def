/**
 * The mail to an organisation's owners (or, for the secretariat's own endpoints, to the
 * secretariat's addresses) when the platform turned one of its endpoints off. Its queue rows
 * commit in the batch that disables the endpoint, so a crash between the two cannot lose it, and
 * the mail queue then survives an SMTP server that is down.
 */
import { FALLBACK_LANGUAGE } from '@thb/schema';
import type { DisabledEndpointStatements } from '@thb/store/webhooks';
import type { Accounts } from '../auth/accounts.ts';
import type { Mail } from '../mail/mailer.ts';
import type { QueuedMailer } from '../mail/queued-mailer.ts';
import { webhookDisabledMail } from '../mail/templates/index.ts';

/** `disabledNotice` for `deliverWebhooks`: the mail's statements, and the call after they committed. */
export interface DisabledNotice {
  statements: DisabledEndpointStatements;
  /** The disabling batch committed: starts the mail's delivery. */
  committed(): void;
}

/**
 * The owners' notice of a disabled endpoint.
 * @example deliverWebhooks(queue, { send, disabledNotice: disabledNotice(accounts, mailer, publicUrl, env.SECRETARIAT_EMAILS) })
 */
export function disabledNotice(
  accounts: Pick<Accounts, 'people' | 'localeOf'>, mailer: QueuedMailer, publicUrl: string, secretariat: readonly string[] = [],
): DisabledNotice {
  return {
    async statements(endpoint) {
      // The owners' "Our webhooks" screen, where they re-enable it; the secretariat's own endpoints have none.
      const path = endpoint.memberId === null ? '/portal/' : `/portal/organisations/${encodeURIComponent(endpoint.memberId)}/webhooks`;
      const url = new URL(path, publicUrl).href;
      const recipients = endpoint.memberId === null
        ? [...secretariat]
        : (await accounts.people(endpoint.memberId)).filter((person) => person.role === 'owner').map((person) => person.email);
      const mails: Mail[] = [];
      for (const to of recipients) {
        mails.push(webhookDisabledMail({
          to, language: (await accounts.localeOf(to)) ?? FALLBACK_LANGUAGE, endpointUrl: endpoint.url,
          reason: endpoint.disabledReason ?? '', url,
        }));
      }
      return mailer.enqueueStatements(mails);
    },
    committed: () => mailer.queued(),
  };
}
