/**
 * Records whose text tries to run script and whose links use `javascript:` and `data:`. The
 * store does not validate (the API does, on writes), so these reach the widgets as an attacker
 * who got past validation would: the widgets must show them as inert text.
 */
import type { Event, Member, Resource } from '@thb/schema';

const PWN = (where: string) => `window.__pwned=(window.__pwned||[]).concat('${where}')`;

/** Markup in a text field: every variant would run script if it ever reached innerHTML. */
export const HOSTILE_TEXT = `<img src=x onerror="${PWN('img')}"><script>${PWN('script')}</script><b>bold</b>`;
/** A link that would run script if used as an href. */
export const HOSTILE_URL = `javascript:${PWN('href')}`;

/** A member with hostile text everywhere and script URLs in its links. */
export const hostileMember = {
  id: 'hostile-member',
  name: `Zz Hostile ${HOSTILE_TEXT}`,
  acronym: '<svg onload=alert(1)>',
  description: { en: `Description ${HOSTILE_TEXT} javascript:alert(1)` },
  country: 'BE', city: `Brussels <iframe src="${HOSTILE_URL}">`,
  coordinates: { lat: 50.85, lon: 4.35 },
  scope: 'local', focus: ['human-rights'],
  website: HOSTILE_URL,
  contact: { email: 'x@example.org?bcc=victim@example.org', phone: 'javascript:alert(1)', url: 'data:text/html,<script>alert(1)</script>' },
  languages: ['en'], joined: '2020-01-01', updatedAt: '2026-10-01T10:00:00Z',
} as unknown as Member;

/** A resource with hostile title and summary, a script URL and a hostile "phone number". */
export const hostileResource = {
  id: 'hostile-resource',
  type: 'hotline',
  title: { en: `Trafficking hostile ${HOSTILE_TEXT}` },
  summary: { en: `Summary ${HOSTILE_TEXT}` },
  topics: ['prevention'], languages: ['en'], countries: ['BE'], audience: ['public'],
  url: HOSTILE_URL,
  publisher: { type: 'commission' },
  hotline: { phone: `javascript:${PWN('tel')}`, hours: { en: `<img src=x onerror="${PWN('hours')}">` }, languages: ['en'] },
  published: '2024-01-01', updatedAt: '2026-10-01T10:00:00Z',
} as unknown as Resource;

/** An event with a hostile title and script URLs for registration and joining. */
export function hostileEvent(now: Date): Event {
  const day = new Date(now.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
  return {
    id: 'hostile-event',
    kind: 'webinar', status: 'confirmed',
    start: `${day}T10:00`, end: `${day}T11:00`, timeZone: 'Europe/Brussels', datePrecision: 'day',
    format: 'online', onlineUrl: HOSTILE_URL, registrationUrl: 'data:text/html,<script>alert(1)</script>',
    languages: ['en'],
    title: { en: `Hostile webinar ${HOSTILE_TEXT}` },
    description: { en: `Details ${HOSTILE_TEXT}` },
    organiser: { type: 'commission' },
    updatedAt: '2026-10-01T10:00:00Z',
  } as unknown as Event;
}

/** A host page's stylesheet at its worst: resets, `!important` on the elements widgets use. */
export const HOSTILE_CSS = `
html { font-size: 8px !important; }
* { box-sizing: content-box !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 3px !important;
    text-transform: uppercase !important; line-height: 0.8 !important; color: #f0f !important; visibility: visible; }
body { font-size: 30px !important; text-align: right !important; white-space: nowrap !important; direction: ltr; }
div, section, p, ul, li, span, a { display: inline !important; padding: 40px !important; margin: -20px !important;
    border: 5px dotted red !important; background: yellow !important; float: left !important; }
button, input, select { all: unset !important; display: none !important; }
svg, path, circle, g { display: none !important; width: 0 !important; height: 0 !important; fill: red !important; }
[role], [hidden], [aria-hidden] { display: block !important; }
`;

/** One unbreakable word of 10 kB (sorted first by name), as wide as a page can be made by a name. */
export const UNBREAKABLE = `Aaaa${'w'.repeat(10_236)}`;
/** A right-to-left override: on screen, unless stripped, "…fdp.exe" reads "…exe.pdf". */
export const OVERRIDDEN = 'Aab Invoice \u202Efdp.exe';
/** Every direction control a name could carry, and marks where no right-to-left letter needs them. */
export const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

const member = (id: string, name: string, text: string): Member => ({
  id, name, acronym: text.slice(0, 40), description: { en: text }, country: 'MT', city: text,
  coordinates: { lat: 35.9, lon: 14.51 }, scope: 'national', focus: ['victim-protection'],
  website: 'https://long.example.org/', contact: { email: 'hello@long.example.org', phone: text.slice(0, 30) }, languages: ['en'],
  joined: '2026-01-01', updatedAt: '2026-10-01T10:00:00Z',
} as unknown as Member);

/** Members whose every text field is an unbreakable word, or carries a right-to-left override. */
export const longAndOverriddenMembers = [
  member('long-name-member', UNBREAKABLE, UNBREAKABLE),
  member('overridden-member', OVERRIDDEN, `Lives in \u2067${OVERRIDDEN}\u2069\u200F\u200F`),
];

/** A resource titled with the unbreakable word, summarised with the override. */
export const longResource = {
  ...hostileResource, id: 'long-resource',
  title: { en: `Unbreakable ${UNBREAKABLE}` }, summary: { en: `Unbreakable ${OVERRIDDEN}` }, url: 'https://long.example.org/',
  hotline: { phone: OVERRIDDEN, hours: { en: UNBREAKABLE }, languages: ['en'] },
  publisher: { type: 'member', memberId: 'overridden-member' },
} as unknown as Resource;

/** An event titled with the unbreakable word, held at a place named with the override. */
export function longEvent(now: Date): Event {
  return {
    ...hostileEvent(now), id: 'long-event', onlineUrl: 'https://long.example.org/', registrationUrl: 'https://long.example.org/',
    title: { en: `Unbreakable ${UNBREAKABLE}` }, description: { en: OVERRIDDEN },
    format: 'hybrid', place: { name: OVERRIDDEN, city: UNBREAKABLE, country: 'MT' }, organiser: { type: 'member', memberId: 'overridden-member' },
  } as unknown as Event;
}
