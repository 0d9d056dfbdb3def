/**
 * The whole path, as people walk it, on the built API (SQLite file, or PostgreSQL in the
 * `portal-postgres` project), a real SMTP inbox and Chromium: the secretariat opens a call; a
 * visitor applies on a 360 px phone; the confirmation mail arrives; the secretariat approves; the
 * contact person signs in from the invitation mail, edits the entry (the position picked on the
 * small map; the preview follows), adds a
 * passkey (Chromium's virtual authenticator) and signs in with it; a `<thb-member-map>` open on
 * another page shows the new member without a reload; the organisation's event shows in
 * `<thb-event-list>` only once the secretariat approved it. No fixed waits: every step waits for
 * what a person would see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright';
import { europeMap } from '@thb/widgets/europe-map';
import { openPortalHarness, SECRETARIAT_EMAIL, type PortalHarness } from './support/portal-harness.ts';

let portal: PortalHarness;
beforeAll(async () => {
  // Passkeys need a host name: WebAuthn refuses IP addresses as the relying party.
  portal = await openPortalHarness({ host: 'localhost' });
});
afterAll(() => portal?.close());

const ZONE = 'Europe/Brussels';
const ORGANISATION = 'Whole Path Tukikeskus';
const CONTACT = 'aino@whole-path.test';
const EVENT_TITLE = 'Whole path exchange on victim protection';

/** `YYYY-MM-DDTHH:mm` of `instant` on the wall clock of `zone`, as a datetime-local field takes it. */
function wallClock(instant: number, zone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The next mails to `to` until one holds `pattern`; the others (e.g. a notice beside an invitation) are passed over. */
async function mailWith(to: string, pattern: RegExp): Promise<{ mail: ParsedMail; link: string }> {
  for (let mails = 0; mails < 5; mails += 1) {
    const mail = await portal.inbox.next(to);
    const link = pattern.exec(mail.text ?? '')?.[0];
    if (link) return { mail, link };
  }
  throw new Error(`No mail to ${to} with ${pattern}`);
}

/**
 * A page as another site embeds the widgets: only their script and `markup`. The page itself is
 * answered by the browser's router (the API serves no such page); the script and every request
 * of the widgets go to the real server.
 */
async function widgetPage(markup: string): Promise<Page> {
  const { page } = await portal.open('/widgets/thb-widgets.js'); // any address: a page to route from
  const address = `${portal.api.url}/embed-${Math.random().toString(36).slice(2)}.html`;
  await page.route(address, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><title>Embed</title><script type="module" src="/widgets/thb-widgets.js"></script></head><body><main>${markup}</main></body></html>`,
  }));
  await page.goto(address);
  return page;
}

describe('the whole path', () => {
  // One long walk: about 45 s alone, more on a busy machine, so it has more than the project's 60 s.
  it('from an opened call to a member on the live map and an approved event', { timeout: 180_000 }, async () => {
    // 1. The secretariat opens a call on its screen.
    const { page: secretariat } = await portal.signIn(SECRETARIAT_EMAIL, { path: '/portal/secretariat/calls/new' });
    await secretariat.getByRole('heading', { name: 'Open a call', level: 1 }).waitFor();
    await secretariat.getByLabel('Title (English)').fill('Call for members, whole path');
    await secretariat.getByLabel('Text (English)').fill('Organisations working against trafficking in the EU may apply.');
    await secretariat.getByLabel('Criteria (English)').fill('Works in an EU country');
    await secretariat.getByLabel('Time zone').selectOption(ZONE);
    await secretariat.getByLabel('Opens (date and time)').fill(wallClock(Date.now() - 3_600_000, ZONE));
    await secretariat.getByLabel('Closes (date and time)').fill(wallClock(Date.now() + 30 * 86_400_000, ZONE));
    await secretariat.getByRole('button', { name: 'Open the call' }).click();
    await secretariat.getByText('The call was opened.').waitFor();
    await secretariat.getByRole('heading', { name: 'Call for members, whole path', level: 1 }).waitFor();
    const callId = /\/calls\/([^/]+)$/.exec(new URL(secretariat.url()).pathname)?.[1];
    expect(callId).toBeTruthy();

    // 2. A map is open on another site; the new member is not on it yet.
    const mapPage = await widgetPage(`<thb-member-map q="${ORGANISATION}" interval="1"></thb-member-map>`);
    const mapRow = mapPage.locator('thb-member-map .row .name').filter({ hasText: ORGANISATION });
    await mapPage.locator('thb-member-map [part~="empty"]').waitFor();
    expect(await mapRow.count()).toBe(0);

    // 3. A visitor applies on a phone.
    const { page: phone, errors: phoneErrors } = await portal.open('/portal/apply', { width: 360 });
    await phone.getByRole('heading', { name: 'Call for members, whole path', level: 1 }).waitFor();
    await phone.getByText('Works in an EU country').waitFor();
    await phone.locator('#f-name').fill(ORGANISATION);
    await phone.locator('#f-country').selectOption('FI');
    await phone.locator('#f-city').fill('Helsinki');
    await phone.locator('#f-city').press('Tab');
    await expect.poll(async () => Number(await phone.locator('#f-lat').inputValue())).toBeCloseTo(60.17, 1);
    await phone.locator('#f-scope').selectOption('national');
    await phone.locator('input[name="focus"][value="victim-protection"]').check();
    await phone.locator('input[name="languages"][value="fi"]').check();
    await phone.locator('#f-website').fill('https://whole-path.example.fi/');
    await phone.locator('#f-description-en').fill('Supports victims of trafficking across Finland.');
    await phone.locator('#f-contact-name').fill('Aino Virtanen');
    await phone.locator('#f-contact-email').fill(CONTACT);
    await phone.locator('#f-consent').check();
    await phone.getByRole('button', { name: 'Submit' }).click();
    await phone.getByRole('heading', { name: /your application was submitted/, level: 1 }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // 4. The confirmation mail arrives, its status link says "submitted".
    const confirmation = await mailWith(CONTACT, /https?:\/\/\S+\/portal\/application\?token=[\w-]+/);
    await phone.goto(confirmation.link);
    await phone.getByText('Status: submitted, waiting for the secretariat’s decision').waitFor();
    expect(phoneErrors, phoneErrors.join('\n')).toEqual([]);

    // 5. The secretariat finds the application under its call and approves it.
    await secretariat.getByRole('link', { name: 'Applications to this call' }).click();
    await secretariat.getByRole('link', { name: ORGANISATION }).click();
    await secretariat.getByRole('heading', { name: `Application of ${ORGANISATION}`, level: 1 }).waitFor();
    await secretariat.getByRole('button', { name: 'Approve: publish the entry and invite the contact' }).click();
    const approved = secretariat.getByText(/Approved: the member entry \S+ is published/);
    await approved.waitFor();
    const memberId = /member entry (\S+) is published/.exec((await approved.textContent()) ?? '')?.[1];
    expect(memberId).toBeTruthy();

    // 6. The open map shows the new member at its next poll, without a reload.
    await mapRow.waitFor({ timeout: 15_000 });

    // 7. The contact signs in from the invitation mail (the confirm page, then "Sign in").
    const invitation = await mailWith(CONTACT, /https?:\/\/\S+\/v1\/auth\/confirm\?\S+/);
    const { page: owner, errors: ownerErrors } = await portal.open('/portal/');
    await owner.goto(invitation.link);
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await owner.getByText(`Signed in as ${CONTACT}`).waitFor();

    // 8. Edits the entry; the preview follows the typing; the saved city is live.
    await owner.goto(`${portal.api.url}/portal/entry/${memberId}`);
    await owner.getByRole('heading', { name: 'Our entry', level: 1 }).waitFor();
    await owner.getByLabel('City', { exact: true }).fill('Tampere');
    // The position is picked on the small map (where the member map draws Tampere).
    const picker = owner.locator('thb-portal-position-picker svg');
    const box = (await picker.boundingBox())!;
    const [x, y] = europeMap.projection.project(23.76, 61.5);
    await picker.click({ position: { x: (x / europeMap.width) * box.width, y: (y / europeMap.height) * box.height } });
    await expect.poll(async () => Math.abs(Number(await owner.getByLabel('Latitude of the office').inputValue()) - 61.5)).toBeLessThan(0.5);
    expect(Math.abs(Number(await owner.getByLabel('Longitude of the office').inputValue()) - 23.76)).toBeLessThan(0.5);
    await owner.getByRole('article', { name: ORGANISATION }).getByText('Tampere, Finland').waitFor();
    await expect.poll(() => owner.locator('thb-member-map .marker').first().getAttribute('aria-label')).toContain(ORGANISATION);
    await owner.getByRole('button', { name: 'Save the entry' }).click();
    await owner.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const live = await owner.evaluate(async (id) => (await (await fetch(`/v1/members/${id}?lang=en`, { cache: 'no-store' })).json()) as { city: string }, memberId!);
    expect(live.city).toBe('Tampere');

    // 9. Adds a passkey, signs out and signs in with it, no mail.
    const cdp = await owner.context().newCDPSession(owner);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await owner.goto(`${portal.api.url}/portal/passkeys`);
    await owner.getByLabel('Name of the passkey').fill('Phone');
    await owner.getByRole('button', { name: 'Add a passkey' }).click();
    await owner.locator('thb-portal-passkeys').getByRole('status').filter({ hasText: 'Passkey “Phone” added.' }).waitFor();
    await owner.getByRole('button', { name: 'Sign out' }).click();
    await owner.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The email field's passkey autofill signs in: the virtual authenticator picks the passkey at
    // once, as a person choosing it from the field's suggestions would (no mail, no button).
    await owner.getByText(`Signed in as ${CONTACT}`).waitFor();

    // 10. The organisation publishes an event: pending, so not in the public list yet.
    await owner.goto(`${portal.api.url}/portal/organisations/${memberId}/events`);
    await owner.getByRole('heading', { name: 'Our events', level: 1 }).waitFor();
    await owner.getByRole('button', { name: 'Add an event' }).click();
    await owner.getByLabel('Title (English)').fill(EVENT_TITLE);
    await owner.getByLabel('Description (English)').fill('Practitioners from Finland and beyond compare cases.');
    const nextYear = new Date().getUTCFullYear() + 1;
    await owner.getByLabel('Whole days (no time of day)').check();
    await owner.getByLabel('First day').fill(`${nextYear}-03-10`);
    await owner.getByLabel('Last day').fill(`${nextYear}-03-10`);
    await owner.getByLabel('Format').selectOption({ label: 'Online' });
    await owner.getByLabel('Online link').fill('https://meet.example.fi/exchange');
    await owner.getByRole('button', { name: 'Create' }).click();
    await owner.getByRole('article', { name: EVENT_TITLE }).getByText('pending', { exact: true }).waitFor();

    const eventsPage = await widgetPage('<thb-event-list></thb-event-list>');
    const listed = eventsPage.locator('thb-event-list .title').filter({ hasText: EVENT_TITLE });
    await eventsPage.locator('thb-event-list .title').first().waitFor();
    expect(await listed.count()).toBe(0);

    // 11. The secretariat approves it in the review queue; the list shows it.
    await secretariat.goto(`${portal.api.url}/portal/secretariat/review`);
    const queued = secretariat.getByRole('article', { name: new RegExp(`“${EVENT_TITLE}”`) });
    await queued.getByRole('button', { name: 'Approve' }).click();
    await secretariat.getByText(`Approved: ${EVENT_TITLE} is live.`).waitFor();
    await eventsPage.reload();
    await listed.waitFor();
    await owner.reload();
    await owner.getByRole('article', { name: EVENT_TITLE }).getByText('published', { exact: true }).waitFor();
    expect(ownerErrors, ownerErrors.join('\n')).toEqual([]);
  });
});
