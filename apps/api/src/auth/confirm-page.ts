/**
 * The pages of `/v1/auth/confirm`: a mailed link opens a page with a "Sign in" button, and only
 * its POST spends the token, because mail scanners open links before people do. No script and
 * no style, so the pages work under the strictest policy, which they send themselves. They speak
 * the language of the mail the link came in (its `lang` parameter), so `<html lang>` is true.
 */
import type { EuLanguage } from '@thb/schema';
import { mailStrings } from '../mail/templates/mail-strings.ts';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Nothing may load, run or frame these pages; the form may post only here. No referrer: the
 * page's address holds the token.
 */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
} as const;

/** A page of ours: a title and trusted HTML (escape what goes in with `escapeHtml`), in `lang`. */
export function page(status: number, title: string, body: string, lang = 'en'): Response {
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
  return new Response(html, { status, headers: PAGE_HEADERS });
}

/**
 * The page a sign-in link opens: one button that posts the token back.
 * @example confirmPage({ action: '/v1/auth/confirm', token, callbackURL: '/portal/', language: 'de' })
 */
export function confirmPage(form: { action: string; token: string; callbackURL?: string | undefined; language: EuLanguage }): Response {
  const { language, strings } = mailStrings(form.language);
  const words = strings.signInPage;
  const callback = form.callbackURL ? `\n<input type="hidden" name="callbackURL" value="${escapeHtml(form.callbackURL)}">` : '';
  return page(200, words.title, `<p>${escapeHtml(words.press)}</p>
<form method="post" action="${escapeHtml(form.action)}">
<input type="hidden" name="token" value="${escapeHtml(form.token)}">${callback}
<input type="hidden" name="lang" value="${escapeHtml(language)}">
<button type="submit">${escapeHtml(words.button)}</button>
</form>`, language);
}

/** Why a link no longer works. */
export type LinkProblem = 'missing' | 'used' | 'expired';

/** The HTTP status of each problem: a link that once worked is gone (410). */
const LINK_PROBLEM_STATUS: Readonly<Record<LinkProblem, number>> = { missing: 400, used: 410, expired: 410 };

/**
 * The page for a link that cannot sign anyone in, with the way to a new one.
 * @example linkProblemPage('expired', '/portal/', 'fr') // 410, in French
 */
export function linkProblemPage(problem: LinkProblem, signInPage: string, lang: EuLanguage = 'en'): Response {
  const { language, strings } = mailStrings(lang);
  const { title, text } = strings.signInPage[problem];
  return page(LINK_PROBLEM_STATUS[problem], title, `<p>${escapeHtml(text)}</p>\n<p><a href="${escapeHtml(signInPage)}">${escapeHtml(strings.signInPage.askNew)}</a></p>`, language);
}
