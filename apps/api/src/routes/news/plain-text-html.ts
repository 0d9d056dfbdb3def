/**
 * Authors write plain text. Feeds whose fields are HTML (Atom `type="html"`, RSS descriptions)
 * get it escaped, with each http(s) address made a link and line breaks kept: nothing an
 * author types can become markup, and no other scheme (`javascript:`, `data:`) becomes a link.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML, attributes included.
 * @example escapeHtml('<b>&') // '&lt;b&gt;&amp;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

// An address runs to the next space or angle bracket or quote; trailing punctuation is the sentence's.
const ADDRESS = /\bhttps?:\/\/[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]}]+$/;

/** The address when it parses as an http(s) URL, else undefined. */
function httpAddress(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Plain text as safe HTML: escaped, http(s) addresses linked, paragraphs and line breaks kept.
 * @example plainTextToHtml('See https://x.eu.') // '<p>See <a href="https://x.eu/">https://x.eu</a>.</p>'
 */
export function plainTextToHtml(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((part) => part.trim()).filter(Boolean);
  return paragraphs.map((paragraph) => `<p>${linkify(paragraph).replace(/\n/g, '<br>')}</p>`).join('');
}

function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, '');
    const href = httpAddress(address);
    if (!href) continue;
    html += `${escapeHtml(text.slice(last, match.index))}<a href="${escapeHtml(href)}">${escapeHtml(address)}</a>`;
    last = match.index + address.length;
  }
  return html + escapeHtml(text.slice(last));
}
