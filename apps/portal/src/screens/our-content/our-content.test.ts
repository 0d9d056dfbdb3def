/**
 * "Our events" and "Our resources" as an organisation's editor uses them, against the built API
 * (SQLite), a real SMTP inbox and Chromium: an event dated only to a season waits for review,
 * the secretariat approves it and rejects another with a reason, a resource is created and
 * edited (a 412 keeps what was typed), another organisation's editor is refused; axe at 320 and
 * 1280 px, light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from '../../../test/support/portal-harness.ts';
import { confirmLink } from '../../../test/support/smtp-inbox.ts';

const A = 'kok-ev';
const B = 'ban-ying';
const EDITOR_A = 'editor@kok.test';
const EDITOR_B = 'editor@ban-ying.test';

let portal: PortalHarness;
let secretariat: Page;
beforeAll(async () => {
  portal = await openPortalHarness();
  // The secretariat invites one editor into each organisation; they sign in from the invitation.
  secretariat = (await portal.signIn(SECRETARIAT_EMAIL)).page;
  for (const [memberId, email] of [[A, EDITOR_A], [B, EDITOR_B]] as const) {
    const status = await secretariat.evaluate(async ({ memberId, email }) => (await fetch(`/v1/organisations/${memberId}/invitations`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, role: 'editor' }),
    })).status, { memberId, email });
    expect(status).toBe(202);
  }
});
afterAll(() => portal?.close());

const signedIn = new Map<string, Page>();

/** `email`'s page at `path`, signed in from their invitation the first time (sign-in mails are limited per address). */
async function signInInvited(email: string, path: string): Promise<Page> {
  let page = signedIn.get(email);
  if (!page) {
    page = (await portal.open('/portal/')).page;
    await page.goto(confirmLink(await portal.inbox.next(email)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    signedIn.set(email, page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${portal.api.url}${path}`);
  return page;
}

async function notice(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.notice').filter({ hasText: text }).waitFor();
}

/** The secretariat's decision on the pending item of a record, through the API as the review screen sends it. */
async function decide(title: string, decision: 'approve' | 'reject', reason?: string): Promise<void> {
  const status = await secretariat.evaluate(async ({ title, decision, reason }) => {
    const queue = (await (await fetch('/v1/review')).json()) as { items: { id: string; proposed: { title?: { en?: string } } }[] };
    const item = queue.items.find((i) => i.proposed.title?.en === title);
    if (!item) return 404;
    return (await fetch(`/v1/review/${item.id}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ decision, reason }),
    })).status;
  }, { title, decision, reason });
  expect(status).toBe(200);
}

const item = (page: Page, title: string) => page.getByRole('article', { name: title });

async function axeEverywhere(page: Page): Promise<void> {
  for (const [width, colorScheme] of [[320, 'dark'], [320, 'light'], [1280, 'dark'], [1280, 'light']] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    expect(await portal.axe(page), `${width} px ${colorScheme}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
}

describe('our events and resources', () => {
  it('creates an event dated to a season: pending, then published; a rejected one shows the reason', async () => {
    const page = await signInInvited(EDITOR_A, `/portal/organisations/${A}/events`);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.getByRole('heading', { name: 'Our events', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.getByLabel('Title (English)').fill('Autumn exchange on labour exploitation');
    await page.getByLabel('Description (English)').fill('Practitioners compare cases.');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Brussels');
    await page.getByLabel('How exactly is the date known?').selectOption('season');
    await page.getByLabel('Season').selectOption({ label: 'Autumn' });
    await page.getByLabel('Year').fill('2027');
    await page.getByLabel('Format').selectOption({ label: 'Online' });
    await page.getByLabel('Online link').fill('https://meet.example.org/autumn');
    await axeEverywhere(page);
    await page.getByRole('button', { name: 'Create' }).click();
    await notice(page, 'Created: Autumn exchange on labour exploitation (pending).');
    await item(page, 'Autumn exchange on labour exploitation').getByText('pending', { exact: true }).waitFor();

    // An in-person event without a place: the API's message sits next to the place.
    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.getByLabel('Title (English)').fill('Training in Berlin');
    await page.getByLabel('Description (English)').fill('A day on identification.');
    await page.getByLabel('Whole days (no time of day)').check();
    await page.getByLabel('First day').fill('2027-02-10');
    await page.getByLabel('Last day').fill('2027-02-10');
    await page.getByLabel('Format').selectOption({ label: 'In person' });
    await page.getByRole('button', { name: 'Create' }).click();
    await notice(page, /Not saved/);
    const place = page.getByRole('group', { name: 'Place' });
    await place.getByText('is required for in-person events').waitFor();
    // Typed values stay; the place is added and the event is created.
    expect(await page.getByLabel('Title (English)').inputValue()).toBe('Training in Berlin');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Country (two letters)').fill('de');
    await page.getByRole('button', { name: 'Create' }).click();
    await notice(page, 'Created: Training in Berlin (pending).');

    await decide('Autumn exchange on labour exploitation', 'approve');
    await decide('Training in Berlin', 'reject', 'Please give the venue’s address.');
    await page.reload();
    await item(page, 'Autumn exchange on labour exploitation').getByText('published', { exact: true }).waitFor();
    const rejected = item(page, 'Training in Berlin');
    await rejected.getByText('rejected', { exact: true }).waitFor();
    await rejected.getByText('Reason: Please give the venue’s address.').waitFor();
    // Public now, dated "autumn 2027".
    const id = await page.evaluate(async (a) => {
      const list = (await (await fetch(`/v1/organisations/${a}/events`)).json()) as { items: { record: { id: string; title: { en: string } } }[] };
      return list.items.find((i) => i.record.title.en === 'Autumn exchange on labour exploitation')!.record.id;
    }, A);
    const published = (await (await fetch(`${portal.api.url}/v1/events/${id}`)).json()) as { approximateDate?: string; datePrecision: string };
    expect(published).toMatchObject({ approximateDate: '2027-23', datePrecision: 'season' });
    await axeEverywhere(page);
    expect(errors).toEqual([]);
  });

  it('creates and edits a resource; a change made meanwhile keeps the typed edit (412)', async () => {
    const page = await signInInvited(EDITOR_A, `/portal/organisations/${A}/resources`);
    await page.getByRole('heading', { name: 'Our resources', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add a resource' }).click();
    await page.getByLabel('Title (English)').fill('Guide for labour inspectors');
    await page.getByLabel('Title (German)').fill('Leitfaden für die Arbeitsinspektion');
    await page.getByLabel('Description (English)').fill('Signs of labour exploitation at work sites.');
    await page.getByLabel('Address (URL)').fill('https://kok.example.org/guide');
    await page.getByLabel('Countries it applies to').fill('de, at');
    await page.getByRole('group', { name: 'Topics' }).getByLabel('Labour exploitation').check();
    await page.getByRole('group', { name: 'For whom' }).getByLabel('Practitioners').check();
    await page.getByRole('button', { name: 'Create' }).click();
    await notice(page, 'Created: Guide for labour inspectors (pending).');

    const guide = item(page, 'Guide for labour inspectors');
    await guide.getByRole('button', { name: 'Edit Guide for labour inspectors' }).click();
    await page.getByLabel('Address (URL)').fill('https://kok.example.org/inspectors');
    // Someone else changes the resource meanwhile: the save is refused and the typed edit stays.
    const changed = await page.evaluate(async () => {
      const list = (await (await fetch('/v1/organisations/kok-ev/resources')).json()) as { items: { record: { id: string; title: { en: string } } }[] };
      const id = list.items.find((i) => i.record.title.en === 'Guide for labour inspectors')!.record.id;
      return (await fetch(`/v1/resources/${id}`, {
        method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json', 'if-match': '*' }, body: JSON.stringify({ languages: ['en', 'de'] }),
      })).status;
    });
    expect(changed).toBe(200);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await notice(page, /changed Guide for labour inspectors meanwhile/);
    expect(await page.getByLabel('Address (URL)').inputValue()).toBe('https://kok.example.org/inspectors');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await notice(page, 'Saved: Guide for labour inspectors (pending).');
    const stored = await page.evaluate(async () => (await (await fetch('/v1/organisations/kok-ev/resources')).json()) as { items: { record: { url: string; languages: string[]; title: Record<string, string> } }[] });
    const record = stored.items.find((i) => i.record.url === 'https://kok.example.org/inspectors')!.record;
    expect(record.languages).toEqual(['en', 'de']);
    expect(record.title).toEqual({ en: 'Guide for labour inspectors', de: 'Leitfaden für die Arbeitsinspektion' });
    await axeEverywhere(page);
  });

  it('refuses another organisation\'s editor, on the screen and in the API', async () => {
    const page = await signInInvited(EDITOR_B, `/portal/organisations/${A}/resources`);
    await page.getByRole('heading', { name: 'Not your organisation' }).waitFor();
    expect(await page.getByText('Guide for labour inspectors').count()).toBe(0);
    const status = await page.evaluate(async (a) => (await fetch(`/v1/organisations/${a}/events`)).status, A);
    expect(status).toBe(403);
    await page.goto(`${portal.api.url}/portal/organisations/${B}/events`);
    await page.getByText('No events yet.').waitFor();
    await axeEverywhere(page);
  });
});
