/** The mail telling an organisation what the secretariat decided about its item, with the reason. */
import { fillTemplate } from '@thb/text/templates';
import type { Mail } from '../mailer.ts';
import { composeMail, oneLine, type MailBlock } from './mail-layout.ts';
import { mailStrings, type ReviewDecision, type ReviewedKind } from './mail-strings.ts';

/** What `reviewDecisionMail` needs. */
export interface ReviewDecisionMailOptions {
  to: string;
  /** The recipient's language tag; English when it has no catalogue yet. */
  language: string;
  /** The item's title (a member's name for `members` and `change`), in the recipient's language. */
  recordTitle: string;
  kind: ReviewedKind;
  decision: ReviewDecision;
  /** The secretariat's words; shown when given, line breaks kept. */
  reason?: string | undefined;
  /** Where the item can be seen (approved) or changed (rejected). */
  url: string;
}

/**
 * The decision in the recipient's language.
 * @example reviewDecisionMail({ to, language: 'en', recordTitle: 'Guide for frontline workers', kind: 'resources', decision: 'rejected', reason: 'The link is broken.', url })
 */
export function reviewDecisionMail({ to, language, recordTitle, kind, decision, reason, url }: ReviewDecisionMailOptions): Mail {
  const { language: used, strings } = mailStrings(language);
  const words = strings.reviewDecision;
  const values = { title: oneLine(recordTitle) };
  const blocks: MailBlock[] = [fillTemplate(words.body[decision][kind], values)];
  const trimmedReason = reason?.trim();
  if (trimmedReason) blocks.push(words.reasonLabel, { quote: trimmedReason });
  if (decision === 'rejected') blocks.push(words.resubmit);
  return composeMail({
    to, language: used, strings,
    subject: fillTemplate(words.subject[decision], values),
    blocks,
    action: { label: words.action[decision], url },
    notes: [],
  });
}
