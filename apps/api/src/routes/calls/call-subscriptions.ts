/**
 * "Tell me when the next call opens": `POST /v1/call-subscriptions` mails a confirm link
 * (double opt-in); the link opens a page whose button POSTs (mail scanners open links, they do
 * not press buttons). Every call-opening mail carries `/v1/call-subscriptions/unsubscribe`,
 * which works in one POST without sign-in (RFC 8058). Answers never tell whether an address
 * was subscribed.
 */
import { z } from '@hono/zod-openapi';
import { CallSubscriptionRequest } from '@thb/schema';
import { looksLikeToken } from '@thb/store/portal';
import type { Context } from 'hono';
import { escapeHtml, page } from '../../auth/confirm-page.ts';
import { createRouter } from '../../lib/create-router.ts';
import { problemResponses } from '../../lib/openapi.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { subscriptionConfirmMail } from '../../mail/templates/portal-mails.ts';
import { portalMailStrings } from '../../mail/templates/portal-mail-strings.ts';
import { rateLimit } from '../chat/chat.rate-limit.ts';
import { invalidBody, readJsonObject } from '../writes/write-request.ts';
import { NO_STORE, platformLink, type PortalDeps } from './portal-options.ts';

const tags = ['Calls and applications'];
const CONFIRM_PATH = '/v1/call-subscriptions/confirm';
const UNSUBSCRIBE_PATH = '/v1/call-subscriptions/unsubscribe';
const TokenQuery = z.strictObject({ token: z.string().max(100).optional(), lang: z.string().max(20).optional() });
const htmlPage = { content: { 'text/html': { schema: { type: 'string' as const } } } };

/** The token of a form POST (body) or of the link (query). */
async function tokenOf(c: Context<AppEnv>): Promise<string | undefined> {
  const fromQuery = c.req.query('token');
  if (looksLikeToken(fromQuery)) return fromQuery;
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  const form = await c.req.parseBody().catch((): Record<string, unknown> => ({}));
  const token = form.token;
  return typeof token === 'string' && looksLikeToken(token) ? token : undefined;
}

/** A page with one button that POSTs the token back to `action`. */
function buttonPage(title: string, action: string, token: string, button: string): Response {
  return page(200, title, `<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">${escapeHtml(button)}</button>
</form>`);
}

/** The routes. */
export function callSubscriptionsRouter(_deps: AppDeps, portal: PortalDeps): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const subscribers = portal.store.subscribers;
  const strings = (c: Context<AppEnv>) => portalMailStrings(c.req.query('lang') ?? c.req.header('accept-language')?.split(',')[0] ?? 'en').strings.pages;

  document({
    method: 'post', path: '/v1/call-subscriptions', tags, summary: 'Ask to be told when the next call opens',
    description: 'Public, rate limited per client. Mails a confirm link to the address (double opt-in); the answer is the same whether the address was subscribed or not.',
    request: { body: { required: true, content: { 'application/json': { schema: CallSubscriptionRequest } } } },
    responses: {
      202: { description: 'A confirm mail is on its way (unless the address is confirmed already)', content: { 'application/json': { schema: z.strictObject({ status: z.literal('pending') }) } } },
      ...problemResponses(400, 413, 429),
    },
  });
  router.post('/v1/call-subscriptions', rateLimit(portal.limiter), async (c) => {
    const body = await readJsonObject(c);
    if (body instanceof Response) return body;
    const request = CallSubscriptionRequest.safeParse(body);
    if (!request.success) return invalidBody(c, request.error);
    const email = request.data.email.trim().toLowerCase();
    const tokens = await subscribers.request(email, request.data.locale);
    if (tokens && portal.mailer) {
      const url = platformLink(portal.publicUrl, CONFIRM_PATH, { token: tokens.confirmToken, lang: request.data.locale });
      await portal.mailer.send(subscriptionConfirmMail({ to: email, language: request.data.locale, url }));
    }
    return c.json({ status: 'pending' as const }, 202, NO_STORE);
  });

  document({
    method: 'get', path: CONFIRM_PATH, tags, summary: 'The confirm page of a subscription',
    description: 'The mailed link opens this page; its button POSTs the token. Opening it changes nothing.',
    request: { query: TokenQuery }, responses: { 200: { description: 'The page', ...htmlPage }, 400: { description: 'No token', ...htmlPage } },
  });
  router.get(CONFIRM_PATH, (c) => {
    const token = c.req.query('token');
    const words = strings(c);
    if (!looksLikeToken(token)) return page(400, words.subscribeTitle, `<p>${escapeHtml(words.linkUsed)}</p>`);
    return buttonPage(words.subscribeTitle, CONFIRM_PATH, token, words.subscribeButton);
  });

  document({
    method: 'post', path: CONFIRM_PATH, tags, summary: 'Confirm a subscription',
    description: 'The confirm page\'s form (`token`, form-encoded). A token works once.',
    request: { query: TokenQuery, body: { content: { 'application/x-www-form-urlencoded': { schema: z.object({ token: z.string() }) } } } },
    responses: { 200: { description: 'Subscribed', ...htmlPage }, 410: { description: 'The link was used or replaced', ...htmlPage } },
  });
  router.post(CONFIRM_PATH, async (c) => {
    const words = strings(c);
    const token = await tokenOf(c);
    if (!token || !(await subscribers.confirm(token))) return page(410, words.subscribeTitle, `<p>${escapeHtml(words.linkUsed)}</p>`);
    return page(200, words.subscribeTitle, `<p>${escapeHtml(words.subscribed)}</p>`);
  });

  document({
    method: 'get', path: UNSUBSCRIBE_PATH, tags, summary: 'The unsubscribe page',
    description: 'The link in every call mail opens this page; its button POSTs. Opening it changes nothing.',
    request: { query: TokenQuery }, responses: { 200: { description: 'The page', ...htmlPage } },
  });
  router.get(UNSUBSCRIBE_PATH, (c) => {
    const words = strings(c);
    const token = c.req.query('token');
    if (!looksLikeToken(token)) return page(200, words.unsubscribeTitle, `<p>${escapeHtml(words.unsubscribed)}</p>`);
    return buttonPage(words.unsubscribeTitle, UNSUBSCRIBE_PATH, token, words.unsubscribeButton);
  });

  document({
    method: 'post', path: UNSUBSCRIBE_PATH, tags, summary: 'Unsubscribe in one click (RFC 8058)',
    description: 'No sign-in: the token (in the query, as `List-Unsubscribe` gives it, or in the form) removes the address. The same answer for any token.',
    request: { query: TokenQuery, body: { content: { 'application/x-www-form-urlencoded': { schema: z.object({ token: z.string().optional(), 'List-Unsubscribe': z.literal('One-Click').optional() }) } } } },
    responses: { 200: { description: 'Unsubscribed (or never was)', ...htmlPage } },
  });
  router.post(UNSUBSCRIBE_PATH, async (c) => {
    const words = strings(c);
    const token = await tokenOf(c);
    if (token) await subscribers.unsubscribe(token);
    return page(200, words.unsubscribeTitle, `<p>${escapeHtml(words.unsubscribed)}</p>`);
  });
  return router;
}

export { UNSUBSCRIBE_PATH };
