/** The one console line the outbox prints per mail, so a sign-in link can be followed at once. */
import type { Mail } from '../../mail/mailer.ts';

const LINK = /https?:\/\/[^\s<>"']+/g;
/** Sentence punctuation after a link belongs to the sentence, not to the link. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/**
 * Every distinct http(s) link in a text, in order.
 * @example linksIn('Open https://example.org/a. Or https://example.org/b') // ['https://example.org/a', 'https://example.org/b']
 */
export function linksIn(text: string): string[] {
  const links = (text.match(LINK) ?? []).map((link) => link.replace(TRAILING_PUNCTUATION, ''));
  return [...new Set(links)];
}

/**
 * `Mail to ana@example.org: "Subject" https://… (file)`, on one line whatever the values hold.
 * @example mailSummary({ to: 'a@b.c', subject: 'Hi', text: 'https://x.org' }, 'data/outbox/1.eml')
 */
export function mailSummary(mail: Mail, file: string): string {
  const links = linksIn(mail.text);
  const parts = [`Mail to ${printable(mail.to)}: ${JSON.stringify(printable(mail.subject))}`, ...links, `(${file})`];
  return parts.join(' ');
}

/** Control characters would let a value forge further log lines. */
function printable(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
