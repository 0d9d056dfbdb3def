/** The Node server's `Mailer`: SMTP when `SMTP_URL` is set, else the outbox folder. */
import type { Mailer } from '../../mail/mailer.ts';
import { createOutboxMailer } from './outbox-mailer.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

/** What `createMailer` needs; the server passes `SMTP_URL`, `MAIL_FROM` and `DATA_DIR`. */
export interface MailerOptions {
  /** `smtp://…` or `smtps://…`; without it mail goes to `DATA_DIR/outbox/`. */
  smtpUrl?: string | undefined;
  /** The sender, `Name <address>` or an address. */
  from: string;
  dataDir: string;
  /** Told one line per mail written to the outbox (never for SMTP: links are secrets in a real deployment's logs). */
  log?: ((line: string) => void) | undefined;
}

/**
 * Picks the transport once; `send` resolves only when the message was accepted.
 * @example
 * const env = loadEnv();
 * const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, dataDir: env.DATA_DIR, log: console.log });
 */
export function createMailer({ smtpUrl, from, dataDir, log }: MailerOptions): Mailer {
  return smtpUrl ? createSmtpMailer({ smtpUrl, from }) : createOutboxMailer({ from, dataDir, log });
}
