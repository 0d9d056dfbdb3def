/**
 * Tells an organisation's people about a review decision by mail, in the edge-safe app: the
 * entries give it their queueing mailer and accounts. The mails are queued in the decision's own
 * write, so a decided item always has its mails and a mail never tells of a decision that failed.
 */
import { FALLBACK_LANGUAGE } from '@thb/schema';
import type { Accounts } from '../../auth/accounts.ts';
import type { Mail } from '../../mail/mailer.ts';
import type { QueuedMailer } from '../../mail/queued-mailer.ts';
import { reviewDecisionMail } from '../../mail/templates/index.ts';
import type { ReviewMails, ReviewNotice } from './review.ts';

/**
 * The review routes' `mails`: one mail to each of the organisation's people.
 * @example createApp({ store, accounts, writes: { review: { mails: reviewMails(accounts, mailer, publicUrl) } } })
 */
export function reviewMails(accounts: Pick<Accounts, 'people' | 'localeOf'>, mailer: QueuedMailer, publicUrl: string): ReviewMails {
  return {
    async statementsFor(notice: ReviewNotice) {
      const url = new URL('/portal/', publicUrl).href;
      const mails: Mail[] = [];
      for (const person of await accounts.people(notice.organisationId)) {
        // Each in their own language; the secretariat's request says nothing about theirs, so a
        // person without one (rare: signing in sets it) gets the platform's working language.
        mails.push(reviewDecisionMail({
          to: person.email, language: (await accounts.localeOf(person.email)) ?? FALLBACK_LANGUAGE, recordTitle: notice.title,
          kind: notice.change ? 'change' : notice.kind, decision: notice.decision, reason: notice.reason, url,
        }));
      }
      return mailer.enqueueStatements(mails);
    },
    committed: () => mailer.queued(),
  };
}
