/**
 * The one layout of every mail: a plain-text part, and a simple HTML part (one column, inline
 * styles only, since mail programs drop style sheets) with the link as a button and written out.
 * Every value is escaped here, so the templates only put words together.
 */
import type { EuLanguage } from '@thb/schema';
import type { Mail } from '../mailer.ts';
import type { MailStrings } from './mail-strings.ts';

/** A paragraph, or words quoted from a person (a reviewer's reason), kept with their line breaks. */
export type MailBlock = string | { quote: string };

/** What a template hands to the layout, all in one language. */
export interface MailContent {
  to: string;
  language: EuLanguage;
  strings: Pick<MailStrings, 'platformName' | 'copyLink'>;
  subject: string;
  /** Before the button. */
  blocks: readonly MailBlock[];
  action: { label: string; url: string };
  /** After the button, smaller: expiry, "ignore this mail". */
  notes: readonly string[];
}

const ACCENT = '#003399';
const TEXT = '#1f2937';
const MUTED = '#4b5563';
const FONT = 'font-family:Arial,Helvetica,sans-serif;';

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @example escapeHtml('<b>"Tom & Jerry"</b>') // '&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The URL as given when it is an absolute http(s) URL; throws otherwise, so no `javascript:` or
 * relative link can reach a mail.
 */
export function webUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('A mail link must be an absolute http(s) URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('A mail link must be an absolute http(s) URL');
  return parsed.href;
}

/**
 * Collapses line breaks and runs of spaces: a subject (and any value in it) is one line. No-break
 * spaces stay, since French puts one before a colon.
 */
export function oneLine(text: string): string {
  return text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
}

/**
 * The finished `Mail`.
 * @example composeMail({ to, language: 'en', strings, subject, blocks: ['Hello'], action: { label: 'Open', url }, notes: [] })
 */
export function composeMail(content: MailContent): Mail {
  const url = webUrl(content.action.url);
  const subject = oneLine(content.subject);
  return { to: content.to, subject, text: plainText(content, url), html: html(content, subject, url) };
}

function plainText({ blocks, action, notes, strings }: MailContent, url: string): string {
  const body = blocks.map((block) => (typeof block === 'string' ? block : indentQuote(block.quote)));
  return [...body, `${action.label}:\n${url}`, ...notes, `-- \n${strings.platformName}`].join('\n\n') + '\n';
}

function indentQuote(quote: string): string {
  return quote.split(/\r\n|\r|\n/).map((line) => `> ${line}`).join('\n');
}

function html({ language, blocks, action, notes, strings }: MailContent, subject: string, url: string): string {
  const href = escapeHtml(url);
  const paragraph = (text: string, style = '') => `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;
  const body = blocks.map((block) => (typeof block === 'string'
    ? paragraph(block)
    : `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #d1d5db;color:${TEXT};">${escapeHtml(block.quote).replace(/\r\n|\r|\n/g, '<br>')}</blockquote>`));
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px;">
<tr><td style="padding:24px;${FONT}font-size:16px;line-height:1.5;color:${TEXT};">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escapeHtml(subject)}</h1>
${body.join('\n')}
<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;padding:12px 24px;background-color:${ACCENT};color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:${MUTED};">${escapeHtml(strings.copyLink)}<br><a href="${href}" style="color:${ACCENT};word-break:break-all;">${href}</a></p>
${notes.map((note) => paragraph(note, `font-size:14px;color:${MUTED};`)).join('\n')}
<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid #e5e7eb;font-size:13px;color:${MUTED};">${escapeHtml(strings.platformName)}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
