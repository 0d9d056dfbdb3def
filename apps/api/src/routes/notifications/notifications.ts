/**
 * Notification routes (issue 13): a signed-in person reads and sets their preferences; anyone
 * holding a mail's signed token unsubscribes without signing in, by the confirm page's button or
 * by the RFC 8058 one-click POST mail programs send (`List-Unsubscribe=One-Click`).
 */
import { NotificationPreferences, UnsubscribeQuery } from '@thb/schema';
import type { Notifications } from '@thb/store/notifications';
import type { Context } from 'hono';
import { escapeHtml, page } from '../../auth/confirm-page.ts';
import { createRouter } from '../../lib/create-router.ts';
import { invalidParameters } from '../../lib/problem.ts';
import type { AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { digestStrings } from '../../notifications/digest-strings.ts';
import { readUnsubscribeToken } from '../../notifications/unsubscribe-token.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { invalidBody, problem, readJsonObject, requireSignedIn } from '../writes/write-request.ts';

/** What the routes need. */
export interface NotificationRouteOptions {
  notifications: Notifications;
  /** `AUTH_SECRET`, which signed the tokens. */
  secret: string;
}

const noStore = { 'cache-control': 'no-store' };
/** A form body of a token and a flag is far below this. */
const MAX_FORM_BYTES = 2048;

/** The routes. */
export function notificationsRouter(options: NotificationRouteOptions): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const tags = ['Notifications'];

  /** The signed-in person's id, or the problem (API keys act for organisations, not people). */
  function person(c: Context<AppEnv>): string | Response {
    const principal = requireSignedIn(c);
    if (principal instanceof Response) return principal;
    if (principal.type !== 'person') return problem(c, 403, 'forbidden', 'Notification settings belong to a person: sign in instead of using an API key.');
    return principal.id;
  }

  document({
    method: 'get', path: '/v1/me/notifications', tags, security: WRITE_SECURITY, summary: 'My notification settings',
    description: 'Per kind a cadence (daily digest by default, immediate, weekly, off) and filters; the language and time zone of the mails.',
    responses: { 200: { description: 'The settings', content: { 'application/json': { schema: NotificationPreferences } } }, ...writeProblems(403) },
  });
  router.get('/v1/me/notifications', async (c) => {
    const id = person(c);
    if (id instanceof Response) return id;
    return c.json(NotificationPreferences.parse(await options.notifications.getPreferences(id)), 200, noStore);
  });

  document({
    method: 'put', path: '/v1/me/notifications', tags, security: WRITE_SECURITY, summary: 'Set my notification settings',
    description: 'Replaces them; kinds left out take the default (daily digest, no filters).',
    request: { body: { required: true, content: { 'application/json': { schema: NotificationPreferences } } } },
    responses: { 200: { description: 'The settings as stored', content: { 'application/json': { schema: NotificationPreferences } } }, ...writeProblems(400, 403, 415) },
  });
  router.put('/v1/me/notifications', async (c) => {
    const id = person(c);
    if (id instanceof Response) return id;
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const parsed = NotificationPreferences.safeParse(body);
    if (!parsed.success) return invalidBody(c, parsed.error);
    await options.notifications.putPreferences(id, parsed.data);
    return c.json(NotificationPreferences.parse(parsed.data), 200, noStore);
  });

  document({
    method: 'get', path: '/v1/notifications/unsubscribe', tags, summary: 'The unsubscribe page',
    description: 'The page a mail\'s unsubscribe link opens: one button that posts the token back (mail scanners open links; only the POST unsubscribes).',
    request: { query: UnsubscribeQuery },
    responses: { 200: { description: 'An HTML page with the button' }, 400: { description: 'No or a malformed token' } },
  });
  router.get('/v1/notifications/unsubscribe', async (c) => {
    const query = UnsubscribeQuery.safeParse({ token: c.req.query('token') });
    if (!query.success) return invalidParameters(query.error, 'query', c.req.path);
    const read = await readUnsubscribeToken(options.secret, query.data.token);
    if (!read) return problem(c, 400, 'invalid-token', 'This unsubscribe link is not valid: open the whole link from the mail.');
    const prefs = await options.notifications.getPreferences(read.personId);
    const { language, strings } = digestStrings(prefs.language);
    const kinds = read.kinds.map((k) => strings.kinds[k]).join(', ');
    const action = `/v1/notifications/unsubscribe?token=${encodeURIComponent(query.data.token)}`;
    return page(200, strings.unsubscribePage.title, `<p>${escapeHtml(strings.unsubscribePage.press.replace('{kind}', kinds))}</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(strings.unsubscribePage.button)}</button>
</form>`, language);
  });

  document({
    method: 'post', path: '/v1/notifications/unsubscribe', tags, summary: 'One-click unsubscribe (RFC 8058)',
    description: 'The token in the query, the body `List-Unsubscribe=One-Click` (form-encoded); turns the mail\'s kinds off. No sign-in.',
    request: { query: UnsubscribeQuery },
    responses: { 200: { description: 'Unsubscribed (an HTML page)' }, 400: { description: 'No, a forged or a malformed token, or no one-click body' } },
  });
  router.post('/v1/notifications/unsubscribe', async (c) => {
    const query = UnsubscribeQuery.safeParse({ token: c.req.query('token') });
    if (!query.success) return invalidParameters(query.error, 'query', c.req.path);
    const raw = await c.req.text();
    if (raw.length > MAX_FORM_BYTES) return problem(c, 413, 'payload-too-large', `The body must be at most ${MAX_FORM_BYTES} bytes.`);
    if (new URLSearchParams(raw).get('List-Unsubscribe') !== 'One-Click') {
      return problem(c, 400, 'invalid-parameters', 'Send the body List-Unsubscribe=One-Click (RFC 8058).');
    }
    const read = await readUnsubscribeToken(options.secret, query.data.token);
    if (!read) return problem(c, 400, 'invalid-token', 'This unsubscribe token is not valid.');
    for (const kind of read.kinds) {
      if (!(await options.notifications.turnOff(read.personId, kind))) return problem(c, 404, 'not-found', 'There is no such person any more.');
    }
    const { language, strings } = digestStrings((await options.notifications.getPreferences(read.personId)).language);
    return page(200, strings.unsubscribePage.done, `<p>${escapeHtml(strings.unsubscribePage.doneText)}</p>`, language);
  });

  return router;
}
