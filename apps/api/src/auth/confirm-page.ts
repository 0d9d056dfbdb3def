/**
 * The pages of `/v1/auth/confirm`: a mailed link opens a page with a "Sign in" button, and only
 * its POST spends the token, because mail scanners open links before people do. No script and
 * no style, so the pages work under the strictest policy, which they send themselves.
 */

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

/** A page of ours: a title and trusted HTML (escape what goes in with `escapeHtml`). */
export function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html>
<html lang="en">
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
 * @example confirmPage({ action: '/v1/auth/confirm', token, callbackURL: '/portal/' })
 */
export function confirmPage(form: { action: string; token: string; callbackURL?: string | undefined }): Response {
  const callback = form.callbackURL ? `\n<input type="hidden" name="callbackURL" value="${escapeHtml(form.callbackURL)}">` : '';
  return page(200, 'Sign in to the THB Platform', `<p>Press the button to finish signing in on this device.</p>
<form method="post" action="${escapeHtml(form.action)}">
<input type="hidden" name="token" value="${escapeHtml(form.token)}">${callback}
<button type="submit">Sign in</button>
</form>`);
}

/** Why a link no longer works. */
export type LinkProblem = 'missing' | 'used' | 'expired';

const LINK_PROBLEMS: Readonly<Record<LinkProblem, { status: number; title: string; text: string }>> = {
  missing: { status: 400, title: 'This link is incomplete', text: 'The sign-in link has no token. Open the whole link from the mail, or ask for a new one.' },
  used: { status: 410, title: 'This link no longer works', text: 'Sign-in links work once: this one has been used, or replaced. Ask for a new one to sign in.' },
  expired: { status: 410, title: 'This link has expired', text: 'Sign-in links work for 15 minutes. Ask for a new one to sign in.' },
};

/**
 * The page for a link that cannot sign anyone in.
 * @example linkProblemPage('expired', '/portal/') // 410
 */
export function linkProblemPage(problem: LinkProblem, signInPage: string): Response {
  const { status, title, text } = LINK_PROBLEMS[problem];
  return page(status, title, `<p>${escapeHtml(text)}</p>\n<p><a href="${escapeHtml(signInPage)}">Ask for a new sign-in link</a></p>`);
}
