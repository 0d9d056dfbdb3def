/**
 * The platform's mails, built in the recipient's language (edge-safe: no Node APIs).
 *
 * @example
 * import { signInMail } from './mail/templates/index.ts';
 * await mailer.send(signInMail({ to: 'ana@example.org', language: 'de', url, minutes: 15 }));
 */
export { invitationMail } from './invitation-mail.ts';
export { reviewDecisionMail } from './review-decision-mail.ts';
export { signInMail } from './sign-in-mail.ts';
export { webhookDisabledMail } from './webhook-disabled-mail.ts';
