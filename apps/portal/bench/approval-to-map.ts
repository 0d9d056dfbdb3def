/**
 * Approval-to-map time on the built Node server (SQLite file, real SMTP), two ways: the
 * secretariat approves an application to the open call (`POST /v1/applications/:id/decision`,
 * which creates the member), or an owner changes their organisation's name (`PATCH
 * /v1/members/:id`, which waits for review) and the secretariat approves it (`POST
 * /v1/review/:id`). The clock runs from sending the approval until
 * `GET /v1/members.geojson?lang=en`, asked the way `<thb-member-map>` asks it (conditional on
 * its last ETag), answers with a new ETag and the new name. Next to it, in the same run: a
 * plain unconditional GET and an unchanged conditional GET (304) of the same URL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApiProcess, type ApiProcess } from '@thb/api-process';
import { seedDemoData } from '@thb/store/demo';
import { openSqliteStore } from '@thb/store/sqlite';
import { confirmLink, startSmtpInbox, type SmtpInbox } from '../test/support/smtp-inbox.ts';

const SECRETARIAT = 'secretariat@commission.test';
const OWNER = 'owner@bench.test';
const MAP_PATH = '/v1/members.geojson?lang=en';
const HOUR = 3_600_000;

/** The member map's default poll interval in seconds, as its Custom Elements Manifest publishes it. */
export function mapPollInterval(): number {
  const manifest = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@thb/widgets/custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; members?: { name: string; default?: string }[] }[] }[];
  };
  const map = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'thb-member-map');
  const interval = Number(map?.members?.find((m) => m.name === 'interval')?.default);
  if (!Number.isFinite(interval)) throw new Error('thb-member-map publishes no default interval in custom-elements.json');
  return interval;
}

async function signIn(api: ApiProcess, inbox: SmtpInbox, email: string, asked = true): Promise<string> {
  if (asked) {
    const response = await fetch(`${api.url}/v1/auth/sign-in/magic-link`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: api.url }, body: JSON.stringify({ email }),
    });
    if (!response.ok) throw new Error(`sign-in link for ${email}: ${response.status} ${await response.text()}`);
  }
  const link = new URL(confirmLink(await inbox.next(email)));
  const form = new URLSearchParams({ token: link.searchParams.get('token') ?? '' });
  for (const name of ['callbackURL', 'lang']) if (link.searchParams.get(name)) form.set(name, link.searchParams.get(name)!);
  const confirmed = await fetch(`${api.url}/v1/auth/confirm`, {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: api.url }, body: form,
  });
  const cookie = confirmed.headers.getSetCookie().find((c) => /^(__Secure-)?thb\.session_token=/.test(c));
  if (!cookie) throw new Error(`signing in ${email} set no session cookie (${confirmed.status})`);
  return cookie.split(';')[0]!;
}

async function call(api: ApiProcess, method: string, path: string, cookie: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(`${api.url}${path}`, {
    method, headers: { origin: api.url, cookie, 'content-type': 'application/json', ...(method === 'PATCH' ? { 'if-match': '*' } : {}), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** Milliseconds of each run, and of the two baselines. */
export interface ApprovalFigures {
  applicationToMap: number[];
  applicationResponse: number[];
  approvalToMap: number[];
  approvalResponse: number[];
  plainGet: number[];
  unchangedGet: number[];
}

/**
 * Polls the map's URL back to back, conditional on the last ETag as the map's client asks,
 * until it answers with a new body holding `text`; returns the new ETag.
 */
async function untilShown(api: ApiProcess, etag: string, text: string, start: number): Promise<string> {
  for (;;) {
    const response = await fetch(`${api.url}${MAP_PATH}`, { headers: { 'if-none-match': etag } });
    if (response.status === 200) {
      const body = await response.text();
      etag = response.headers.get('etag') ?? '';
      if (body.includes(text)) return etag;
    } else await response.arrayBuffer();
    if (performance.now() - start > 10_000) throw new Error(`${text} did not show on the map within 10 s`);
  }
}

/** Runs `runs` approvals one after another on a fresh seeded server. */
export async function measureApprovalToMap(runs: number): Promise<ApprovalFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'thb-bench-portal-'));
  const store = await openSqliteStore({ file: join(dir, 'thb.sqlite') });
  await seedDemoData(store, new Date());
  await store.close();
  const inbox = await startSmtpInbox();
  const api = await startApiProcess({
    // TRUST_PROXY: each run applies from an address of its own, under the per-client limit.
    dataDir: dir, env: { TRUST_PROXY: '1', SMTP_URL: inbox.url, SECRETARIAT_EMAILS: SECRETARIAT, AUTH_SECRET: 'portal-bench-secret-of-at-least-thirty-two-characters' },
  });
  try {
    const secretariat = await signIn(api, inbox, SECRETARIAT);
    const first = (await (await fetch(`${api.url}${MAP_PATH}`)).json()) as { features: { id: string }[] };
    const memberId = first.features[0]!.id;
    await call(api, 'POST', `/v1/organisations/${encodeURIComponent(memberId)}/invitations`, secretariat, { email: OWNER, role: 'owner' });
    const owner = await signIn(api, inbox, OWNER, false);
    const now = Date.now();
    const opened = await call(api, 'POST', '/v1/calls', secretariat, {
      title: { en: 'Bench call' }, text: { en: 'Organisations may apply.' }, criteria: [{ en: 'Any' }],
      opensAt: new Date(now - HOUR).toISOString(), closesAt: new Date(now + 30 * 24 * HOUR).toISOString(), timeZone: 'Europe/Brussels',
    });
    const callId = ((await opened.json()) as { id: string }).id;
    const figures: ApprovalFigures = { applicationToMap: [], applicationResponse: [], approvalToMap: [], approvalResponse: [], plainGet: [], unchangedGet: [] };
    let etag = (await fetch(`${api.url}${MAP_PATH}`)).headers.get('etag') ?? '';
    for (let run = 0; run < runs; run++) {
      // Baselines on the same server and data, just before each run.
      let start = performance.now();
      await (await fetch(`${api.url}${MAP_PATH}`)).arrayBuffer();
      figures.plainGet.push(performance.now() - start);
      start = performance.now();
      const unchanged = await fetch(`${api.url}${MAP_PATH}`, { headers: { 'if-none-match': etag } });
      await unchanged.arrayBuffer();
      figures.unchangedGet.push(performance.now() - start);
      if (unchanged.status !== 304) throw new Error(`an unchanged map answered ${unchanged.status}, not 304`);

      // An application approved: a new member.
      const applicant = `Bench applicant, run ${run + 1}`;
      const applied = await call(api, 'POST', '/v1/applications', '', {
        callId, consent: true, status: 'submitted', contact: { name: 'Bench contact', email: `contact-${run}@bench.test`, locale: 'en' },
        organisation: {
          name: applicant, country: 'ES', city: 'Valencia', coordinates: { lat: 39.47, lon: -0.376 }, scope: 'national',
          focus: ['victim-protection'], languages: ['es'], website: 'https://bench.example.org', description: { en: 'A bench applicant.' },
        },
      }, { 'x-forwarded-for': `198.51.100.${run + 1}` });
      const applicationId = ((await applied.json()) as { id: string }).id;
      start = performance.now();
      await call(api, 'POST', `/v1/applications/${encodeURIComponent(applicationId)}/decision`, secretariat, { decision: 'approve' });
      figures.applicationResponse.push(performance.now() - start);
      etag = await untilShown(api, etag, JSON.stringify(applicant), start);
      figures.applicationToMap.push(performance.now() - start);

      // A name change approved.
      const name = `Bench organisation, run ${run + 1}`;
      const patched = (await (await call(api, 'PATCH', `/v1/members/${encodeURIComponent(memberId)}`, owner, { name })).json()) as { pendingReview?: string[] };
      if (!patched.pendingReview?.includes('name')) throw new Error(`the name change did not wait for review: ${JSON.stringify(patched)}`);
      const queue = (await (await call(api, 'GET', '/v1/review', secretariat)).json()) as { items: { id: string; recordId: string }[] };
      const pending = queue.items.find((item) => item.recordId === memberId)!;
      start = performance.now();
      await call(api, 'POST', `/v1/review/${encodeURIComponent(pending.id)}`, secretariat, { decision: 'approve' });
      figures.approvalResponse.push(performance.now() - start);
      etag = await untilShown(api, etag, JSON.stringify(name), start);
      figures.approvalToMap.push(performance.now() - start);
    }
    return figures;
  } finally {
    await api.close();
    await inbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
