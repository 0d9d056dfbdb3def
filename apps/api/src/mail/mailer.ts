/**
 * What the app needs of mail: one `send`. The Node entry passes nodemailer over `SMTP_URL`, or the
 * outbox folder when there is none; a Worker passes its own. The app itself stays edge-safe.
 */
import type { MailAttachment } from '@thb/store/mail-queue';

export type { MailAttachment } from '@thb/store/mail-queue';

/** One message, already in the recipient's language; `text` is always there, `html` optional. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** Extra headers, such as `List-Unsubscribe`. */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * A stable id (the mail queue's row id): transports build the Message-ID from it, so a mail
   * sent again after a crash carries the same Message-ID and receivers can drop the copy.
   */
  id?: string | undefined;
  /** Small text files, such as a meeting invitation's `invite.ics`. */
  attachments?: readonly MailAttachment[] | undefined;
}

/** Sends mail; resolves once the message is accepted (by the SMTP server, or written to the outbox). */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}
