/**
 * A real SMTP server inside the test (smtp-server) with a nodemailer Mailer that sends to it,
 * and what arrived, parsed by mailparser: mail flows are tested end to end, without a mock.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { Mailer } from '../../src/mail/mailer.ts';
import { toMessageOptions } from '../../src/node/mail/mail-message.ts';

/** A running inbox. */
export interface SmtpInbox {
  /** Sends through the server over SMTP, as the Node entry's nodemailer transport will. */
  mailer: Mailer;
  /** Every mail received so far. */
  received: ParsedMail[];
  /** The next mail to an address that has not been taken yet (waits up to 10 s). */
  next(to: string): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** The recipients of a parsed mail, lower case. */
function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
}

/**
 * Starts a server on a free local port.
 * @example const inbox = await startSmtpInbox(); const mail = await inbox.next('ada@example.org');
 */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const received: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  return {
    received,
    mailer: {
      async send(mail) {
        // The Node entry's own message options, so attachments and header checks are the real ones.
        await transport.sendMail(toMessageOptions(mail, 'THB Platform <no-reply@thb.invalid>'));
      },
    },
    async next(to) {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const mail = received.find((m) => !taken.has(m) && recipients(m).includes(to.toLowerCase()));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`No mail to ${to} within 10 s (received: ${received.map((m) => recipients(m).join(',')).join('; ')})`);
    },
    async close() {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
