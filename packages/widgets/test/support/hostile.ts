/**
 * Records whose text tries to run script, and the links and numbers that would: `javascript:`
 * and `data:` URLs, a script for a phone number. The store validates every record with the
 * public schema, so the text (which the schema accepts) is stored and served for real, while
 * the links and numbers it refuses arrive as a compromised or older API would send them:
 * put into the real API's answers ({@link HOSTILE_VALUES}, see `tamper.ts`). Either way the
 * widgets must show them as inert text.
 */
import type { Event, Member, Resource } from '@thb/schema';
import type { Tampering } from './tamper.ts';

const PWN = (where: string) => `window.__pwned=(window.__pwned||[]).concat('${where}')`;

/** Markup in a text field: every variant would run script if it ever reached innerHTML. */
export const HOSTILE_TEXT = `<img src=x onerror="${PWN('img')}"><script>${PWN('script')}</script><b>bold</b>`;
/** A link that would run script if used as an href. */
export const HOSTILE_URL = `javascript:${PWN('href')}`;
const DATA_URL = 'data:text/html,<script>alert(1)</script>';

/** A member with hostile text everywhere; its links and number are stand-ins for {@link HOSTILE_VALUES}. */
export const hostileMember: Member = {
  id: 'hostile-member',
  name: `Zz Hostile ${HOSTILE_TEXT}`,
  acronym: '<svg onload=alert(1)>',
  description: { en: `Description ${HOSTILE_TEXT} javascript:alert(1)` },
  country: 'BE', city: `Brussels <iframe src="${HOSTILE_URL}">`,
  coordinates: { lat: 50.85, lon: 4.35 },
  scope: 'local', focus: ['human-rights'],
  website: 'https://website.hostile.example.org/',
  contact: { email: 'hello@hostile.example.org', phone: '+32 2 000 00 01', url: 'https://contact.hostile.example.org/' },
  languages: ['en'], joined: '2020-01-01', updatedAt: '2026-10-01T10:00:00Z',
};

/** A resource with hostile title, summary and hours; its link and number are stand-ins for {@link HOSTILE_VALUES}. */
export const hostileResource: Resource = {
  id: 'hostile-resource',
  type: 'hotline',
  title: { en: `Trafficking hostile ${HOSTILE_TEXT}` },
  summary: { en: `Summary ${HOSTILE_TEXT}` },
  topics: ['prevention'], languages: ['en'], countries: ['BE'], audience: ['public'],
  url: 'https://hotline.hostile.example.org/',
  publisher: { type: 'commission' },
  hotline: { phone: '+32 800 00 001', hours: { en: `<img src=x onerror="${PWN('hours')}">` }, languages: ['en'] },
  published: '2024-01-01', updatedAt: '2026-10-01T10:00:00Z',
};

/** An event with a hostile title; its registration and joining links are stand-ins for {@link HOSTILE_VALUES}. */
export function hostileEvent(now: Date): Event {
  const day = new Date(now.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
  return {
    id: 'hostile-event',
    kind: 'webinar', status: 'confirmed',
    start: `${day}T10:00`, end: `${day}T11:00`, timeZone: 'Europe/Brussels', datePrecision: 'day',
    format: 'online', onlineUrl: 'https://join.hostile.example.org/', registrationUrl: 'https://register.hostile.example.org/',
    languages: ['en'],
    title: { en: `Hostile webinar ${HOSTILE_TEXT}` },
    description: { en: `Details ${HOSTILE_TEXT}` },
    organiser: { type: 'commission' },
    updatedAt: '2026-10-01T10:00:00Z',
  };
}

/**
 * What the schema refuses, in place of the stand-ins above: script and data URLs for links, an
 * address that smuggles a header, scripts for phone numbers.
 */
export const HOSTILE_VALUES: Tampering = {
  'https://website.hostile.example.org/': HOSTILE_URL,
  'https://contact.hostile.example.org/': DATA_URL,
  'hello@hostile.example.org': 'x@example.org?bcc=victim@example.org',
  '+32 2 000 00 01': 'javascript:alert(1)',
  'https://hotline.hostile.example.org/': HOSTILE_URL,
  '+32 800 00 001': `javascript:${PWN('tel')}`,
  'https://join.hostile.example.org/': HOSTILE_URL,
  'https://register.hostile.example.org/': DATA_URL,
};

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

/** One word of `length` characters with no break opportunity, sorted first by name. */
const unbreakable = (length: number) => `Aaaa${'w'.repeat(length - 4)}`;
/** A right-to-left override: on screen, unless stripped, "…fdp.exe" reads "…exe.pdf". */
export const OVERRIDDEN = 'Aab Invoice \u202Efdp.exe';
/** The override inside an isolate, with stray marks after it. */
const OVERRIDDEN_CITY = `Lives in \u2067${OVERRIDDEN}\u2069\u200F\u200F`;
/** Every direction control a name could carry, and marks where no right-to-left letter needs them. */
export const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

const member = (id: string, name: string, text: (max: number) => string, phone: string): Member => ({
  id, name, acronym: text(30), description: { en: text(5000) }, country: 'MT', city: text(120),
  coordinates: { lat: 35.9, lon: 14.51 }, scope: 'national', focus: ['victim-protection'],
  website: 'https://long.example.org/', contact: { email: 'hello@long.example.org', phone }, languages: ['en'],
  joined: '2026-01-01', updatedAt: '2026-10-01T10:00:00Z',
});

/**
 * Members whose every text field is as long an unbreakable word as the schema allows (a name
 * of 200 characters is about 2,400 px wide), or carries a right-to-left override.
 */
export const longAndOverriddenMembers = [
  member('long-name-member', unbreakable(200), unbreakable, '+356 2000 0001'),
  member('overridden-member', OVERRIDDEN, (max) => OVERRIDDEN_CITY.slice(0, max), '+356 2000 0002'),
];

/** A resource titled with an unbreakable word of 5,000 characters (the schema's limit), summarised with the override. */
export const longResource: Resource = {
  ...hostileResource, id: 'long-resource',
  title: { en: `Unbreakable ${unbreakable(4988)}` }, summary: { en: `Unbreakable ${OVERRIDDEN}` }, url: 'https://long.example.org/',
  hotline: { phone: '+356 2000 0003', hours: { en: unbreakable(5000) }, languages: ['en'] },
  publisher: { type: 'member', memberId: 'overridden-member' },
};

/** An event titled with an unbreakable word of 5,000 characters, held at a place named with the override. */
export function longEvent(now: Date): Event {
  return {
    ...hostileEvent(now), id: 'long-event', onlineUrl: 'https://long.example.org/', registrationUrl: 'https://long.example.org/',
    title: { en: `Unbreakable ${unbreakable(4988)}` }, description: { en: OVERRIDDEN },
    format: 'hybrid', place: { name: OVERRIDDEN, city: unbreakable(120), country: 'MT' }, organiser: { type: 'member', memberId: 'overridden-member' },
  };
}

/** The phone numbers of these records as the schema refuses them: the long word, and the override. */
export const LONG_VALUES: Tampering = {
  '+356 2000 0001': unbreakable(30),
  '+356 2000 0002': OVERRIDDEN_CITY.slice(0, 30),
  '+356 2000 0003': OVERRIDDEN,
};
