/**
 * A real SMTP server for the portal's tests (smtp-server, mail parsed by mailparser): the API
 * process sends to it through SMTP_URL, and tests read the links people would click.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A running inbox. */
export interface SmtpInbox {
  /** `smtp://127.0.0.1:PORT`, for the API's SMTP_URL. */
  url: string;
  /** The next mail to an address not taken yet (waits up to 15 s). */
  next(to: string): Promise<ParsedMail>;
  close(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
}

/**
 * Starts an inbox on a free local port.
 * @example const inbox = await startSmtpInbox(); const mail = await inbox.next('ada@example.org');
 */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const received: ParsedMail[] = [];
  const taken = new Set<ParsedMail>();
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => (received.push(mail), callback()), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    async next(to) {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const mail = received.find((m) => !taken.has(m) && recipients(m).includes(to.toLowerCase()));
        if (mail) return (taken.add(mail), mail);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`No mail to ${to} within 15 s`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link of a mail's text that goes to `/v1/auth/confirm`. */
export function confirmLink(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No sign-in link in the mail "${mail.subject}":\n${mail.text}`);
  return link;
}
