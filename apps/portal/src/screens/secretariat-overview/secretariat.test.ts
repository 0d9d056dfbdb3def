/**
 * The secretariat's screens as the secretariat uses them, against the real API (SQLite), a real
 * SMTP inbox and Chromium: opening a call, filtering and deciding applications, the review queue,
 * suspending and restoring a member (after a reload), its history, trusting an organisation and
 * stopping, the audit log; refused to anyone else; axe at 320 and 1280 px.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { confirmLink } from '../../../test/support/smtp-inbox.ts';

let portal: PortalHarness;
beforeAll(async () => {
  portal = await openPortalHarness();
});
afterEach(() => portal.closePages());
afterAll(() => portal?.close());

/** The wall-clock time of an instant in a zone, as a datetime-local input wants it. */
const wallClock = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(instant).replace(' ', 'T');

/** A whole application as an organisation would send it. */
function application(callId: string, name: string, country: string, email: string, focus = 'victim-protection') {
  return {
    callId, consent: true, status: 'submitted', contact: { name: `Contact of ${name}`, email, locale: 'en' },
    organisation: {
      name, country, city: 'Porto', coordinates: { lat: 41.15, lon: -8.61 }, scope: 'national', focus: [focus],
      languages: ['pt', 'en'], website: 'https://example.org/', description: { en: `${name} helps people leave exploitation.` },
    },
  };
}

async function apply(body: unknown): Promise<void> {
  const response = await fetch(`${portal.api.url}/v1/applications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, await response.clone().text()).toBe(201);
}

async function notice(page: Page): Promise<string> {
  const status = page.locator('.notice');
  await status.filter({ hasText: /\S/ }).waitFor();
  return (await status.textContent()) ?? '';
}

describe('the secretariat screens', () => {
  it('opens a call, decides applications, reviews a name change, suspends and restores, and logs it all', async () => {
    const { page, errors } = await portal.signIn(SECRETARIAT_EMAIL, { path: '/portal/' });
    await page.getByRole('link', { name: /secretariat’s screens/ }).click();
    await page.getByRole('heading', { name: 'Secretariat', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Secretariat' }).getByRole('link', { name: 'Calls' }).click();
    await page.getByRole('link', { name: 'Open a new call' }).click();

    // The call opens an hour ago Brussels time and closes in 30 days.
    const opens = Date.now() - 3_600_000;
    await page.getByLabel('Title (English)').fill('Call for members 2027');
    await page.getByLabel('Text (English)').fill('Organisations working against trafficking may apply.');
    await page.getByLabel('Title (German)').fill('Aufruf 2027');
    await page.getByLabel('Criteria (English)').fill('Works in an EU country\nHas worked on trafficking for two years');
    await page.getByLabel('Opens (date and time)').fill(wallClock(opens, 'Europe/Brussels'));
    await page.getByLabel('Closes (date and time)').fill(wallClock(opens + 30 * 86_400_000, 'Europe/Brussels'));
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Brussels');
    await page.getByRole('button', { name: 'Open the call' }).click();
    expect(await notice(page)).toContain('The call was opened.');
    await page.waitForURL(/\/portal\/secretariat\/calls\/[a-z0-9]{8,}$/);
    const callId = page.url().split('/').pop()!;
    const call = (await (await fetch(`${portal.api.url}/v1/calls/current`)).json()) as { open: { id: string; opensAt: string; criteria: unknown[] } };
    expect(call.open.id).toBe(callId);
    expect(Math.abs(Date.parse(call.open.opensAt) - opens)).toBeLessThan(60_000);
    expect(call.open.criteria).toHaveLength(2);
    await page.getByText('open ·').waitFor();

    await apply(application(callId, 'Rede Porto Livre', 'PT', 'ana@rede.test'));
    await apply(application(callId, 'Wiener Hilfe', 'AT', 'jo@wien.test', 'labour-exploitation'));
    expect((await portal.inbox.next('ana@rede.test')).subject).toBeTruthy();
    await portal.inbox.next('jo@wien.test');

    await page.getByRole('link', { name: 'Applications to this call' }).click();
    await page.getByText('2 applications').waitFor();
    // The focus area narrows the list, and stays in the address across a reload.
    await page.getByLabel('Focus area').selectOption({ label: 'Labour exploitation' });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('1 application', { exact: true }).waitFor();
    expect(page.url()).toContain('focus=labour-exploitation');
    await page.reload();
    await page.getByText('1 application', { exact: true }).waitFor();
    expect(await page.getByLabel('Focus area').inputValue()).toBe('labour-exploitation');
    expect(await page.getByRole('link', { name: 'Wiener Hilfe' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Rede Porto Livre' }).count()).toBe(0);
    await page.getByLabel('Focus area').selectOption('');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('2 applications').waitFor();
    await page.getByLabel('Country (two letters)').fill('pt');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('1 application', { exact: true }).waitFor();
    const csvHref = await page.getByRole('link', { name: 'Download these applications as CSV' }).getAttribute('href');
    expect(csvHref).toBe(`/v1/calls/${callId}/applications.csv?country=PT`);
    const csv = await page.request.get(`${portal.api.url}${csvHref}`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('Rede Porto Livre');

    // Approve: the member entry is public and the contact's invitation arrives.
    await page.getByRole('link', { name: 'Rede Porto Livre' }).click();
    await page.getByRole('heading', { name: 'Application of Rede Porto Livre' }).waitFor();
    await page.getByRole('button', { name: /^Approve/ }).click();
    expect(await notice(page)).toContain('rede-porto-livre is published and ana@rede.test is invited');
    const members = (await (await fetch(`${portal.api.url}/v1/members?q=Porto%20Livre`)).json()) as { items: { id: string }[] };
    expect(members.items.map((m) => m.id)).toContain('rede-porto-livre');
    const invitation = await portal.inbox.next('ana@rede.test');
    const inviteLink = confirmLink(invitation);

    // Reject the other, with a reason that reaches its contact.
    await page.goto(`${portal.api.url}/portal/secretariat/calls/${callId}/applications?status=submitted`);
    await page.getByRole('link', { name: 'Wiener Hilfe' }).click();
    await page.getByRole('button', { name: 'Reject with this reason' }).click();
    await page.getByText('Give a reason: it is sent to the organisation.').waitFor();
    await page.getByLabel('Reason').fill('Your organisation works outside the call’s focus.');
    await page.getByRole('button', { name: 'Reject with this reason' }).click();
    expect(await notice(page)).toContain('Rejected: the reason was mailed to jo@wien.test.');
    expect((await portal.inbox.next('jo@wien.test')).text).toContain('outside the call’s focus');

    // The new owner signs in from the invitation and renames the entry: it waits for review.
    const owner = await portal.open('/portal/');
    await owner.page.goto(inviteLink);
    await owner.page.getByRole('button', { name: 'Sign in' }).click();
    await owner.page.getByRole('button', { name: 'Sign out' }).waitFor();
    const proposed = await owner.page.evaluate(async () => {
      const response = await fetch('/v1/members/rede-porto-livre', {
        method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json', 'if-match': '*' }, body: JSON.stringify({ name: 'Rede Porto Livre e Segura' }),
      });
      return (await response.json()) as { pendingReview: string[] };
    });
    expect(proposed.pendingReview).toEqual(['name']);

    await page.goto(`${portal.api.url}/portal/secretariat/review`);
    const item = page.getByRole('article', { name: /Rede Porto Livre e Segura/ });
    await item.waitFor();
    expect(await item.locator('del').first().textContent()).toBe('Rede Porto Livre');
    expect(await item.locator('ins').first().textContent()).toBe('Rede Porto Livre e Segura');
    // The queue with an item in it, on a phone in the dark as well.
    expect(await portal.axe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await portal.axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await item.getByRole('button', { name: 'Approve' }).click();
    expect(await notice(page)).toContain('Approved: Rede Porto Livre e Segura is live.');
    const live = (await (await fetch(`${portal.api.url}/v1/members/rede-porto-livre`)).json()) as { name: string };
    expect(live.name).toBe('Rede Porto Livre e Segura');

    // Suspend: gone from the public list; restore: back.
    await page.getByRole('navigation', { name: 'Secretariat' }).getByRole('link', { name: 'Records' }).click();
    await page.getByLabel('Words').fill('Segura');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 record found.').waitFor();
    await page.getByLabel('Reason to suspend Rede Porto Livre e Segura').fill('Complaint under investigation');
    await page.getByRole('button', { name: 'Suspend Rede Porto Livre e Segura' }).click();
    expect(await notice(page)).toContain('is no longer public');
    const publicIds = async () => ((await (await fetch(`${portal.api.url}/v1/members?pageSize=100`)).json()) as { items: { id: string }[] }).items.map((m) => m.id);
    expect(await publicIds()).not.toContain('rede-porto-livre');
    // Another visit: the suspended record is listed with its reason, its history shows the
    // suspension, and it is restored from there.
    await page.reload();
    await page.getByRole('heading', { name: 'Suspended records' }).waitFor();
    const listed = page.locator('ul.suspended li', { hasText: 'Rede Porto Livre e Segura' });
    await listed.getByText('reason: Complaint under investigation').waitFor();
    await listed.getByRole('button', { name: 'History of Rede Porto Livre e Segura' }).click();
    await page.getByRole('heading', { name: 'History of Rede Porto Livre e Segura', level: 2 }).waitFor();
    const history = page.locator('ol.history li');
    expect(await history.count()).toBe(4);
    expect(await history.first().textContent()).toContain(`${SECRETARIAT_EMAIL}: suspend`);
    expect(await history.first().locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await history.nth(1).textContent()).toMatch(/: approve \(changed [^)]*name/);
    expect(await portal.axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Restore Rede Porto Livre e Segura' }).click();
    await page.getByText('Restored: Rede Porto Livre e Segura is public again.').waitFor();
    expect(await publicIds()).toContain('rede-porto-livre');
    // The shown history has the restore now; after a reload the record is no longer listed.
    await expect.poll(() => history.first().textContent()).toContain(`${SECRETARIAT_EMAIL}: reinstate`);
    await page.reload();
    await page.getByRole('heading', { name: 'Suspended records' }).waitFor();
    await page.getByText('No record is suspended.').waitFor();

    // The audit log shows each of those writes.
    await page.getByRole('navigation', { name: 'Secretariat' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Record id').fill('rede-porto-livre');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('5 entries').waitFor();
    const actions = await page.locator('tbody td .action').allTextContents();
    expect(actions).toEqual(['reinstate', 'suspend', 'approve', 'propose', 'approve-application']);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('edits a member with If-Match, trusts it and stops, each state as the API keeps it across reloads; lists entries not confirmed for 13 months', async () => {
    const { page } = await portal.signIn(SECRETARIAT_EMAIL, { path: '/portal/secretariat/records' });
    await page.getByRole('heading', { name: 'Entries not confirmed for 13 months' }).waitFor();
    await page.getByRole('button', { name: 'Search' }).click();
    const first = page.locator('tbody tr').first();
    await first.waitFor();
    const name = (await first.locator('td').first().textContent())!;
    await page.getByRole('button', { name: `Edit ${name}` }).click();
    await page.getByRole('form', { name: `Edit ${name}` }).getByLabel('City').fill('Gent');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await notice(page)).toContain(`Saved: ${name}.`);
    const search = async () => {
      await page.reload();
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('button', { name: `Edit ${name}` }).waitFor();
    };
    await page.getByRole('button', { name: `Trust ${name}` }).click();
    await page.getByText(`${name} is trusted`).waitFor();
    await page.getByRole('button', { name: `Stop trusting ${name}` }).waitFor();
    await search();
    await page.getByRole('button', { name: `Stop trusting ${name}` }).click();
    await page.getByText(`${name} is no longer trusted`).waitFor();
    await search();
    await page.getByRole('button', { name: `Trust ${name}` }).waitFor();
    expect(await page.getByRole('button', { name: `Stop trusting ${name}` }).count()).toBe(0);
    // The member's history has both, newest first.
    await page.getByRole('button', { name: `History of ${name}` }).click();
    const entries = page.locator('ol.history li');
    await entries.first().waitFor();
    expect(await entries.first().textContent()).toContain(`${SECRETARIAT_EMAIL}: distrust`);
    expect(await entries.nth(1).textContent()).toContain(`${SECRETARIAT_EMAIL}: trust`);
    // The history's list on a phone in the dark as well.
    await page.setViewportSize({ width: 320, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await portal.axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('tells anyone but the secretariat that only the secretariat may enter', async () => {
    const { page } = await portal.signIn('someone@example.org', { path: '/portal/secretariat/review' });
    await page.getByRole('heading', { name: 'Only the secretariat' }).waitFor();
    expect(await page.getByRole('link', { name: 'Secretariat' }).count()).toBe(0);
  });

  it('passes axe on every secretariat screen at 320 and 1280 px, light and dark', async () => {
    // One sign-in, then the viewport and colour scheme change: sign-in mails per address are limited.
    const { page } = await portal.signIn(SECRETARIAT_EMAIL, { path: '/portal/secretariat' });
    // German and French, from the header's picker.
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { name: 'Sekretariat', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Sekretariat' }).getByRole('link', { name: 'Prüfliste' }).waitFor();
    await page.getByLabel('Sprache').selectOption('fr');
    await page.getByRole('link', { name: 'Journal d’audit' }).first().waitFor();
    await page.getByLabel('Langue').selectOption('en');
    const calls = (await page.evaluate(async () => (await (await fetch('/v1/calls')).json()) as { items: { id: string }[] })).items;
    const paths = ['/portal/secretariat', '/portal/secretariat/calls', '/portal/secretariat/calls/new', '/portal/secretariat/review', '/portal/secretariat/records', '/portal/secretariat/audit'];
    if (calls[0]) paths.push(`/portal/secretariat/calls/${calls[0].id}`, `/portal/secretariat/calls/${calls[0].id}/applications`);
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        for (const path of paths) {
          const where = `${path} at ${width} px, ${colorScheme}`;
          await page.goto(`${portal.api.url}${path}`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await expect.poll(() => page.getByText('Loading…').count()).toBe(0);
          if (path.endsWith('/records')) {
            await page.getByRole('button', { name: 'Search' }).click();
            await page.getByText(/records? found/).waitFor();
          }
          expect(await portal.axe(page), where).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
        }
      }
    }
    // Eight screens four ways: 64 page loads, which take over a minute on a busy machine.
  }, 180_000);
});
