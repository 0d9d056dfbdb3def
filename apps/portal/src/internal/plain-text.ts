/**
 * Plain text as people read it: paragraphs at blank lines, line breaks kept, and http(s)
 * addresses as links. Authors' text is never HTML: every piece is a Lit text binding, so a
 * `<script>` typed into an announcement shows as those characters.
 */
import { html, type TemplateResult } from 'lit';

/** An address up to the next space; trailing punctuation belongs to the sentence. */
const ADDRESS = /https?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?)\]'’”]+$/;

/** The address as a link target when it is http(s), else undefined (shown as text). */
export function httpHref(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** One paragraph's pieces: text and links, in order. */
function linked(paragraph: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, '');
    const href = httpHref(address);
    if (!href) continue;
    parts.push(paragraph.slice(last, match.index), html`<a href=${href} rel="noopener noreferrer">${address}</a>`);
    last = match.index + address.length;
  }
  parts.push(paragraph.slice(last));
  return parts;
}

/**
 * Text as `<p>` elements (`white-space: pre-line` keeps single line breaks), addresses linked.
 * @example plainTextParagraphs('Hello\n\nSee https://example.org.') // two paragraphs, one link
 */
export function plainTextParagraphs(text: string): TemplateResult[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => html`<p class="plain-text">${linked(p)}</p>`);
}
