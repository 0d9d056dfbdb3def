/**
 * Turns a `Mail` into nodemailer's message options, refusing what could send it somewhere else
 * than its one recipient: several addresses in `to`, or a header that would override the sender,
 * the recipients or the MIME structure.
 */
import addressparser from 'nodemailer/lib/addressparser';
import type { SendMailOptions } from 'nodemailer';
import type { Mail } from '../../mail/mailer.ts';

/** RFC 5322 field names: printable ASCII without the colon. */
const HEADER_NAME = /^[!-9;-~]+$/;

/** Headers nodemailer sets from the message itself; taking them from `headers` would bypass its checks. */
const RESERVED_HEADERS = new Set([
  'from', 'sender', 'to', 'cc', 'bcc', 'reply-to', 'subject', 'date', 'message-id',
  'mime-version', 'content-type', 'content-transfer-encoding', 'return-path',
]);

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
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new Error(`A mail may not set the header ${JSON.stringify(name)}`);
    }
    headers[name] = oneLine(value);
  }
  return {
    from,
    to: { name: recipient.name, address: recipient.address },
    subject: oneLine(mail.subject),
    text: mail.text,
    ...(mail.html === undefined ? {} : { html: mail.html }),
    headers,
    // Our content is always given as strings: never let a value read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** Line breaks in a header value would start a new header; nodemailer folds them too, this is belt and braces. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}
