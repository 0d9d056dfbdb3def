/**
 * Sends mail through an SMTP server with nodemailer over a small pool of connections, reused while
 * mail keeps coming (a digest run's thousands of mails do not open a connection each) and closed
 * after a few idle seconds.
 */
import nodemailer from 'nodemailer';
import type { Mailer } from '../../mail/mailer.ts';
import { toMessageOptions } from './mail-message.ts';

/** What `createSmtpMailer` needs. */
/** Connections open at once; the delivery loop sends this many mails at a time (`SMTP_CONNECTIONS`). */
export const SMTP_CONNECTIONS = 3;

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465`. */
  smtpUrl: string;
  /** The sender, `Name <address>` or an address. */
  from: string;
}

/**
 * A `Mailer` whose `send` resolves once the server accepted the message, and rejects otherwise.
 * @example await createSmtpMailer({ smtpUrl: 'smtp://localhost:2525', from: 'thb@example.org' }).send(mail)
 */
export function createSmtpMailer({ smtpUrl, from }: SmtpMailerOptions): Mailer {
  // The delivery loop sends one mail after another (a sign-in link may be next in line), so an
  // unreachable server should fail within seconds rather than after nodemailer's two minutes.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
    // Held between the mails of one burst, not for minutes between bursts.
    idleTimeout: 2_000,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail(toMessageOptions(mail, from));
      // nodemailer resolves when at least one recipient was accepted; there is only one, but say so.
      if (info.rejected.length > 0) throw new Error(`The SMTP server refused ${info.rejected.join(', ')}`);
    },
  };
}
