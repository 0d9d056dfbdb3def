/**
 * The scheduled job that tells confirmed subscribers a call has opened. The Node server runs it
 * every few minutes; a Worker's Cron Trigger can run the same function. A call is claimed
 * (`notified_at` set) before its mails go, so two runs at once never mail twice; the Node
 * mailer's outbox keeps an accepted mail even if the process dies right after.
 */
import { resolveText } from '@thb/schema';
import type { Logger } from '../../lib/types.ts';
import { callOpenedMail, formatInstant } from '../../mail/templates/portal-mails.ts';
import { UNSUBSCRIBE_PATH } from './call-subscriptions.ts';
import { platformLink, type PortalOptions } from './portal-options.ts';

/** The page where people apply. */
export const APPLY_PAGE = '/portal/apply';

/**
 * Mails every confirmed subscriber about each call that opened and was not announced yet.
 * @returns how many mails were sent
 * @example await notifyOpenedCalls(portal, new Date(), console);
 */
export async function notifyOpenedCalls(portal: PortalOptions, at: Date, logger: Logger = console): Promise<number> {
  if (!portal.mailer) return 0;
  let sent = 0;
  for (const call of await portal.store.calls.openUnnotified(at)) {
    if (!(await portal.store.calls.markNotified(call.id))) continue;
    for (const subscriber of await portal.store.subscribers.confirmed()) {
      const mail = callOpenedMail({
        to: subscriber.email, language: subscriber.locale, call: resolveText(call.title, subscriber.locale),
        closes: formatInstant(call.closesAt, subscriber.locale, call.timeZone),
        url: platformLink(portal.publicUrl, APPLY_PAGE, { lang: subscriber.locale }),
        unsubscribeUrl: platformLink(portal.publicUrl, UNSUBSCRIBE_PATH, { token: subscriber.unsubscribeToken, lang: subscriber.locale }),
      });
      try {
        await portal.mailer.send(mail);
        sent += 1;
      } catch (error) {
        logger.error(`Could not tell ${subscriber.email} that call ${call.id} opened`, error);
      }
    }
  }
  return sent;
}
