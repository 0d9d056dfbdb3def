/**
 * Accounts on the Worker under workerd, on D1: a magic link is mailed, its confirm page opened
 * and posted, the session cookie makes a write, and after signing out it makes none.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';
import type { Mail } from '../mail/mailer.ts';

const PUBLIC_URL = 'http://thb.test';
const SECRETARIAT = 'secretariat@commission.test';
const mails: Mail[] = [];
let runtime: WorkerRuntime;

beforeAll(async () => {
  runtime = await startWorkerRuntime({
    databaseId: `accounts-${randomBytes(4).toString('hex')}`,
    bindings: { AUTH_SECRET: 'a'.repeat(40), PUBLIC_URL, SECRETARIAT_EMAILS: ` ${SECRETARIAT.toUpperCase()} , other@commission.test` },
    async outbound(request) {
      if (new URL(request.url).hostname !== 'mail-sink.test') return new Response('no network in tests', { status: 502 });
      mails.push(await request.json() as Mail);
      return new Response(null, { status: 204 });
    },
  });
  await migrateD1(runtime.d1);
  await seedTestData(createD1Store(runtime.d1));
}, 120_000);
afterAll(() => runtime?.dispose());

const call = (path: string, init: RequestInit = {}) => fetch(`${runtime.url}${path}`, { redirect: 'manual', ...init });

describe('accounts on the Worker (D1, workerd)', { timeout: 60_000 }, () => {
  it('signs the secretariat in by a mailed link, writes with the cookie, and signs out for good', async () => {
    const asked = await call('/v1/auth/sign-in/magic-link', {
      method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC_URL }, body: JSON.stringify({ email: SECRETARIAT }),
    });
    expect(asked.status).toBe(200);
    const mail = mails.find((sent) => sent.to === SECRETARIAT);
    expect(mail?.text).toBeDefined();
    const link = new URL(/https?:\/\/\S+\/v1\/auth\/confirm\?\S+/.exec(mail!.text)![0]);
    expect(link.origin).toBe(PUBLIC_URL);

    // Opening the page spends nothing; only its form's POST signs in.
    const page = await call(`${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form');
    const form = new URLSearchParams({ token: link.searchParams.get('token')! });
    const confirmed = await call('/v1/auth/confirm', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL }, body: form.toString(),
    });
    expect(confirmed.status).toBe(303);
    const cookie = confirmed.headers.getSetCookie().find((c) => c.startsWith('thb.session_token='))!.split(';')[0]!;
    const again = await call('/v1/auth/confirm', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL }, body: form.toString(),
    });
    expect(again.headers.getSetCookie().some((c) => c.startsWith('thb.session_token=') && !c.startsWith('thb.session_token=;'))).toBe(false);

    const patch = async () => {
      const path = '/v1/members/fixture-berlin-shelter';
      const etag = (await call(path)).headers.get('etag')!;
      return call(path, {
        method: 'PATCH',
        headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/merge-patch+json', 'if-match': etag },
        body: JSON.stringify({ city: 'Potsdam' }),
      });
    };
    expect((await patch()).status).toBe(200);
    expect(await (await call('/v1/members/fixture-berlin-shelter')).json()).toMatchObject({ city: 'Potsdam' });

    const signedOut = await call('/v1/auth/sign-out', {
      method: 'POST', headers: { cookie, origin: PUBLIC_URL, 'content-type': 'application/json' }, body: '{}',
    });
    expect(signedOut.status).toBe(200);
    expect(await (await call('/v1/auth/get-session', { headers: { cookie } })).json()).toBeNull();
    expect((await patch()).status).toBe(401);
  });
});
