/**
 * Turns a `Mail` into nodemailer's message options, refusing what could send it somewhere else
 * than its one recipient: several addresses in `to`, or a header that would override the sender,
 * the recipients or the MIME structure.
 */
import addressparser from 'nodemailer/lib/addressparser';
import type { SendMailOptions } from 'nodemailer';
import { checkedHeaders, oneLine } from '../../mail/mail-headers.ts';
import type { Mail } from '../../mail/mailer.ts';

/**
 * `<id@sender's domain>` for a queued mail, the same on every attempt (nodemailer would make a
 * new random one per send). Only the id's safe characters are kept.
 */
function stableMessageId(id: string, from: string): string {
  const domain = addressparser(from, { flatten: true })[0]?.address.split('@')[1] ?? 'localhost';
  return `<${id.replace(/[^A-Za-z0-9.-]/g, '')}@${domain}>`;
}

/**
 * The options nodemailer (its SMTP transport or `MailComposer`) builds the message from.
 * Throws when `to` is not exactly one address or a header is not allowed.
 * @example toMessageOptions({ to: 'ana@example.org', subject: 'Hi', text: 'Hello' }, 'THB <no-reply@example.org>')
 */
export function toMessageOptions(mail: Mail, from: string): SendMailOptions {
  const recipients = addressparser(mail.to, { flatten: true });
  const recipient = recipients[0];
  if (recipients.length !== 1 || !recipient?.address.includes('@') || /[\r\n]/.test(mail.to)) {
    throw new Error('A mail goes to exactly one address');
  }
  const headers = checkedHeaders(mail.headers);
  return {
    from,
    ...(mail.id === undefined ? {} : { messageId: stableMessageId(mail.id, from) }),
    to: { name: recipient.name, address: recipient.address },
    subject: oneLine(mail.subject),
    text: mail.text,
    ...(mail.html === undefined ? {} : { html: mail.html }),
    headers,
    // Our content is always given as strings: never let a value read a file or fetch a URL.
    // Content given as strings only: with file and URL access off, nothing is read from disk or the net.
    ...(mail.attachments === undefined ? {} : {
      attachments: mail.attachments.map((a) => ({ filename: oneLine(a.filename), contentType: oneLine(a.contentType), content: a.content })),
    }),
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
