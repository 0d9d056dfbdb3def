/**
 * Tells an organisation's people about a review decision by mail, in the edge-safe app: the
 * entries give it their mailer and accounts.
 */
import { FALLBACK_LANGUAGE } from '@thb/schema';
import type { Accounts } from '../../auth/accounts.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { reviewDecisionMail } from '../../mail/templates/index.ts';
import type { ReviewNotice } from './review.ts';

/**
 * A `notify` for the review routes: one mail to each of the organisation's people.
 * @example createApp({ store, accounts, writes: { review: { notify: reviewMails(accounts, mailer, publicUrl) } } })
 */
export function reviewMails(accounts: Pick<Accounts, 'people' | 'localeOf'>, mailer: Mailer, publicUrl: string): (notice: ReviewNotice) => Promise<void> {
  return async (notice) => {
    const url = new URL('/portal/', publicUrl).href;
    for (const person of await accounts.people(notice.organisationId)) {
      // Each in their own language; the secretariat's request says nothing about theirs, so a
      // person without one (rare: signing in sets it) gets the platform's working language.
      await mailer.send(reviewDecisionMail({
        to: person.email, language: (await accounts.localeOf(person.email)) ?? FALLBACK_LANGUAGE, recordTitle: notice.title, kind: notice.change ? 'change' : notice.kind,
        decision: notice.decision, reason: notice.reason, url,
      }));
    }
  };
}
