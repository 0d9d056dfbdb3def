/**
 * The bot's plain-text answers as parts: text, and links for web addresses, e-mail addresses
 * and phone numbers. Parts are rendered through Lit bindings, never as markup, and every
 * `href` comes from the shared safe-href helpers, so a `javascript:` in an answer stays text.
 */
import { mailtoHref, safeHref, telHref } from '../internal/safe-href.ts';

/** A run of text, and where it links to when it is a link. */
export interface TextPart {
  text: string;
  href?: string;
}

/**
 * Phone numbers, written the ways answers write them: the EU-wide short numbers (112, 116 xxx),
 * international numbers (`+49 30 1234 5678`, `+43 (0)1 234 56`) and national numbers with a
 * leading 0 in space-separated groups (`08000 116 016`, `01 23 45 67 89`). Only spaces separate
 * national groups, so dates such as `05.12.2026` or `03-05-2026` stay text; the guards around
 * the numbers keep years, counts and ids (`2011/36`, `1120`, `112.5`) text.
 */
const BEFORE = String.raw`(?<![\w/.,+-])`;
const AFTER = String.raw`(?![\w/]|[.,]\d)`;
const PHONE = String.raw`${BEFORE}(?:112|116 ?\d{3}|0\d{0,4}(?: \d{1,4}){2,5})${AFTER}|\+\d{1,3}(?:[ -]?\(0\))?(?:[ -]?\d{1,4}){2,6}${AFTER}`;
const PATTERN = new RegExp(
  String.raw`(?<url>https?:\/\/[^\s<>"']+)|(?<email>(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<phone>${PHONE})`,
  'giu',
);

/** Punctuation that ends a sentence rather than an address: "see https://example.org." */
const TRAILING = /[.,;:!?'")\]]$/;

function trimAddress(url: string): string {
  while (TRAILING.test(url)) {
    // A closing parenthesis belongs to the address when it closes one opened inside it.
    if (url.endsWith(')') && url.split('(').length > url.split(')').length - 1) break;
    url = url.slice(0, -1);
  }
  return url;
}

function hrefOf(groups: Record<string, string | undefined>, text: string): string | undefined {
  if (groups.url) return safeHref(text);
  if (groups.email) return safeHref(mailtoHref(text.replace(/^mailto:/i, '')));
  return safeHref(telHref(text));
}

/**
 * Splits text into plain and linked parts; joining their `text` gives the input back.
 * @example linkify('Call 112 or see https://example.org.')
 * // [{ text: 'Call ' }, { text: '112', href: 'tel:112' }, { text: ' or see ' },
 * //  { text: 'https://example.org', href: 'https://example.org/' }, { text: '.' }]
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const plain = (value: string) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last && !last.href) last.text += value;
    else parts.push({ text: value });
  };
  let done = 0;
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
    const groups = match.groups ?? {};
    const found = groups.url ? trimAddress(match[0]) : match[0];
    const href = found && hrefOf(groups, found);
    // Trimmed punctuation is scanned again as text, from where the address really ends.
    PATTERN.lastIndex = match.index + Math.max(found.length, 1);
    if (!href) continue;
    plain(text.slice(done, match.index));
    parts.push({ text: found, href });
    done = match.index + found.length;
  }
  plain(text.slice(done));
  return parts;
}
