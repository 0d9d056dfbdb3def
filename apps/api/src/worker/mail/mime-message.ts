/**
 * A `Mail` as the raw MIME message and envelope that Cloudflare's `send_email` binding takes
 * (`new EmailMessage(from, to, raw)`), built with mimetext: a plain-text part always, the HTML
 * part beside it when there is one, both UTF-8 in base64 so no line of any language is mangled.
 * Edge-safe; refuses what could send a mail to anyone but its one recipient.
 */
import { createMimeMessage } from 'mimetext/browser';
import { checkedHeaders, oneLine } from '../../mail/mail-headers.ts';
import type { Mail } from '../../mail/mailer.ts';

/** One mailbox: a display name (maybe empty) and an address. */
export interface Mailbox {
  name: string;
  addr: string;
}

/** A message ready for the binding: the envelope's two addresses and the RFC 5322 text. */
export interface RawMail {
  from: string;
  to: string;
  raw: string;
}

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+$/;

/**
 * `address`, `Name <address>` or `"Name, with comma" <address>`: exactly one mailbox.
 * @throws Error when the text is not one mailbox
 * @example parseMailbox('THB Platform Kit <no-reply@thb.example>') // { name: 'THB Platform Kit', addr: 'no-reply@thb.example' }
 */
export function parseMailbox(text: string): Mailbox {
  if (/[\r\n]/.test(text)) throw new Error('A mail goes to exactly one address');
  const trimmed = text.trim();
  if (ADDRESS.test(trimmed)) return { name: '', addr: trimmed };
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const addr = named?.[2]?.trim() ?? '';
  if (!named || !ADDRESS.test(addr)) throw new Error('A mail goes to exactly one address');
  let name = named[1] ?? '';
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(name);
  if (quoted) name = (quoted[1] ?? '').replace(/\\(.)/g, '$1');
  // An unquoted comma or angle bracket would make a second mailbox of the name.
  else if (/[",<>;]/.test(name)) throw new Error('A mail goes to exactly one address');
  return { name, addr };
}

/** UTF-8 in base64, in lines of 76 characters (RFC 2045). */
function base64Lines(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return (btoa(binary).match(/.{1,76}/g) ?? []).join('\r\n');
}

/**
 * A Message-ID on the sender's domain: from a queued mail's id, the same on every attempt (so a
 * resend after a crash is one message to the receiver), else one nobody can guess or repeat.
 */
function messageId(sender: Mailbox, id: string | undefined): string {
  const local = id === undefined ? crypto.randomUUID() : id.replace(/[^A-Za-z0-9.-]/g, '');
  return `<${local}@${sender.addr.split('@')[1]}>`;
}

/**
 * The raw message and its envelope.
 * @throws Error when `to` or `from` is not exactly one mailbox, or a header is not allowed
 * @example const { from, to, raw } = toRawMail(mail, 'THB Platform Kit <no-reply@thb.example>');
 */
export function toRawMail(mail: Mail, from: string): RawMail {
  const sender = parseMailbox(from);
  const recipient = parseMailbox(mail.to);
  const message = createMimeMessage();
  message.setSender(sender.name ? sender : { addr: sender.addr });
  message.setRecipient(recipient.name ? recipient : { addr: recipient.addr });
  message.setSubject(oneLine(mail.subject));
  message.setHeader('Message-ID', messageId(sender, mail.id));
  for (const [name, value] of Object.entries(checkedHeaders(mail.headers))) message.setHeader(name, value);
  message.addMessage({ contentType: 'text/plain', charset: 'UTF-8', encoding: 'base64', data: base64Lines(mail.text) });
  if (mail.html !== undefined) {
    message.addMessage({ contentType: 'text/html', charset: 'UTF-8', encoding: 'base64', data: base64Lines(mail.html) });
  }
  for (const attachment of mail.attachments ?? []) {
    message.addAttachment({
      filename: oneLine(attachment.filename), contentType: oneLine(attachment.contentType), data: base64Lines(attachment.content),
    });
  }
  return { from: sender.addr, to: recipient.addr, raw: message.asRaw() };
}
