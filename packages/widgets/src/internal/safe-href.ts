/** Links built from data may only lead somewhere harmless: no `javascript:`, `data:` or the like. */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL as an absolute string when its scheme is http(s), mailto or tel; otherwise `undefined`,
 * so the caller renders plain text instead of a link. Control characters and whitespace that
 * browsers strip before reading a scheme (`java\tscript:`) are caught because the URL parser
 * strips them too before we look at the protocol.
 * @example safeHref('https://example.org/a') // 'https://example.org/a'
 * @example safeHref('javascript:alert(1)') // undefined
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/**
 * A `tel:` link for a phone number as people write it (`+49 30 123 456`), digits and a leading `+` only.
 * @example telHref('116 000') // 'tel:116000'
 */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[\s().-]/g, '');
  return /^\+?\d{2,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/**
 * A `mailto:` link for an address that looks like one (no spaces, no `?` smuggling headers).
 * @example mailtoHref('info@example.org') // 'mailto:info@example.org'
 */
export function mailtoHref(email: string): string | undefined {
  return /^[^\s@?&/:]+@[^\s@?&/:]+\.[^\s@?&/:]+$/.test(email) ? `mailto:${email}` : undefined;
}
