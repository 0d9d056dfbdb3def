/**
 * The yearly check's routes: the page the mailed link opens (a button, since mail scanners open
 * links), its POST that records the confirmation (on the member entry's `lastConfirmedAt`,
 * through the write path, so it has its audit row and shows publicly), and the secretariat's
 * list of entries not confirmed for 13 months (`GET /v1/review/stale-members`).
 */
import { z } from '@hono/zod-openapi';
import { Member, StaleMemberList } from '@thb/schema';
import { StaleWriteError, type PlatformStore } from '@thb/store';
import { looksLikeToken } from '@thb/store/portal';
import type { Context } from 'hono';
import { escapeHtml, page } from '../../auth/confirm-page.ts';
import { createRouter } from '../../lib/create-router.ts';
import type { AppDeps, AppEnv, AppOpenAPI } from '../../lib/types.ts';
import { portalMailStrings } from '../../mail/templates/portal-mail-strings.ts';
import { NO_STORE, secretariatOnly, type PortalDeps } from '../calls/portal-options.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { ENTRY_CHECK_PAGE, EDIT_ENTRY_PAGE, STALE_AFTER_MS, lastConfirmation } from './entry-check-job.ts';

const tags = ['Review and audit'];
const htmlPage = { content: { 'text/html': { schema: { type: 'string' as const } } } };

/** Writes `lastConfirmedAt` into the member entry, keeping its status; retried once if a write raced it. */
async function recordConfirmation(store: PlatformStore, memberId: string, at: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const snapshot = await store.writes.snapshot('members', memberId);
    if (!snapshot || snapshot.status === 'deleted') return;
    const document = Member.parse({ ...snapshot.document, lastConfirmedAt: at });
    try {
      await store.writes.commit({
        kind: 'members', id: memberId, expect: { unchangedSince: snapshot.revision },
        next: { status: snapshot.status, document, organisationId: snapshot.organisationId },
        actor: { actor: 'entry-check', label: 'yearly check link', route: `POST ${ENTRY_CHECK_PAGE}` },
        action: 'confirm-entry', before: snapshot.document, after: document, organisationId: snapshot.organisationId,
      });
      return;
    } catch (error) {
      if (!(error instanceof StaleWriteError) || attempt === 1) throw error;
    }
  }
}

/** The routes. */
export function entryCheckRouter(deps: AppDeps, portal: PortalDeps): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const checks = portal.store.entryChecks;
  const words = (c: Context<AppEnv>) => portalMailStrings(c.req.query('lang') ?? 'en').strings.pages;
  const problemPage = (c: Context<AppEnv>, outcome: 'unknown' | 'expired') => {
    const w = words(c);
    const editLink = `<p><a href="${escapeHtml(EDIT_ENTRY_PAGE)}">${escapeHtml(EDIT_ENTRY_PAGE)}</a></p>`;
    return page(410, w.checkTitle, `<p>${escapeHtml(outcome === 'expired' ? w.linkExpired : w.linkUsed)}</p>\n${editLink}`);
  };

  document({
    method: 'get', path: ENTRY_CHECK_PAGE, tags, summary: 'The page of a yearly check link',
    description: 'The mailed link opens this page; its "Yes, still correct" button POSTs the token. Opening it changes nothing.',
    request: { query: z.strictObject({ token: z.string().max(100).optional(), lang: z.string().max(20).optional() }) },
    responses: { 200: { description: 'The page', ...htmlPage }, 410: { description: 'Used or expired', ...htmlPage } },
  });
  router.get(ENTRY_CHECK_PAGE, async (c) => {
    const token = c.req.query('token');
    const found = looksLikeToken(token) ? await checks.peek(token) : 'unknown';
    if (typeof found === 'string') return problemPage(c, found);
    const w = words(c);
    return page(200, w.checkTitle, `<form method="post" action="${escapeHtml(ENTRY_CHECK_PAGE)}">
<input type="hidden" name="token" value="${escapeHtml(token!)}">
<button type="submit">${escapeHtml(w.checkButton)}</button>
</form>`);
  });

  document({
    method: 'post', path: ENTRY_CHECK_PAGE, tags, summary: 'Yes, the entry is still correct',
    description: 'No sign-in: the form\'s `token` (one use, expires after 30 days) records the confirmation on the member entry, with an audit row.',
    request: { body: { content: { 'application/x-www-form-urlencoded': { schema: z.object({ token: z.string() }) } } } },
    responses: { 200: { description: 'Confirmed', ...htmlPage }, 410: { description: 'Used or expired', ...htmlPage } },
  });
  router.post(ENTRY_CHECK_PAGE, async (c) => {
    const type = c.req.header('content-type') ?? '';
    const form = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)
      ? await c.req.parseBody().catch((): Record<string, unknown> => ({})) : ({} as Record<string, unknown>);
    const candidate = typeof form.token === 'string' ? form.token : c.req.query('token');
    const token = looksLikeToken(candidate) ? candidate : undefined;
    const outcome = token ? await checks.confirm(token) : 'unknown';
    if (typeof outcome === 'string') return problemPage(c, outcome);
    await recordConfirmation(deps.store, outcome.memberId, (await checks.get(outcome.memberId))?.lastConfirmedAt ?? deps.now().toISOString());
    return page(200, words(c).checkTitle, `<p>${escapeHtml(words(c).checked)}</p>`);
  });

  document({
    method: 'get', path: '/v1/review/stale-members', tags, security: WRITE_SECURITY, summary: 'Entries not confirmed for 13 months',
    description: 'The secretariat only: members whose last confirmation (yearly check or approval) is older than 13 months, or who never confirmed, oldest first.',
    responses: { 200: { description: 'The entries', content: { 'application/json': { schema: StaleMemberList } } }, ...writeProblems(403) },
  });
  router.get('/v1/review/stale-members', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const all = await checks.all();
    const limit = deps.now().getTime() - STALE_AFTER_MS;
    const { items } = await deps.store.members.list({});
    const stale = items.map((member) => {
      const check = all.get(member.id);
      return { id: member.id, name: member.name, country: member.country, lastConfirmedAt: lastConfirmation(member, check), lastCheckSentAt: check?.lastSentAt ?? null };
    }).filter((m) => m.lastConfirmedAt === null || Date.parse(m.lastConfirmedAt) < limit)
      .sort((a, b) => (a.lastConfirmedAt ?? '').localeCompare(b.lastConfirmedAt ?? ''));
    return c.json(StaleMemberList.parse({ items: stale }), 200, NO_STORE);
  });
  return router;
}
