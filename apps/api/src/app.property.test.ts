/**
 * Property test: whatever a client sends (random query strings, ids, paths, headers, methods),
 * the API never answers 5xx, and every error body is a valid problem.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_MEDIA_TYPE, Problem } from '@thb/schema';
import { openTestStore, testApp, type TestStore } from '../test/support/test-store.ts';

let testStore: TestStore;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  testStore = await openTestStore();
  app = testApp(testStore.store);
});
afterAll(() => testStore.close());

const ROUTES = [
  '/v1/members', '/v1/members.geojson', '/v1/members/{id}', '/v1/resources', '/v1/resources/{id}',
  '/v1/events', '/v1/events.ics', '/v1/events/{id}', '/v1/events/{id}.ics', '/v1/stats', '/healthz',
  '/openapi.json', '/docs',
];

const PARAMETERS = [
  'country', 'focus', 'scope', 'q', 'lang', 'page', 'pageSize', 'type', 'topic', 'language', 'audience',
  'when', 'from', 'to', 'status', 'kind', 'format', '__proto__', 'constructor', '',
];

/** Values near the valid ones, plus junk: encodings, huge numbers, unicode, control characters. */
const value = fc.oneof(
  fc.constantFrom(
    'DE', 'EU', 'UK', 'de', 'en', 'xx', '0', '1', '-1', '100', '101', '1e3', '1.5', 'NaN', 'Infinity',
    '99999999999999999999', '2026-12-01', '9999-12-31', '0000-01-01', '0099-06-01T00:00:00Z', '2026-02-30', '2026-12-01T10:00:00Z', '2026-12-01T10:00', 'upcoming',
    'past', 'all', 'hotline', 'confirmed', 'online', 'children-rights', 'local', '%', '%E0%A4%A', '%00', '%FF%FE',
    '+', ' ', '\u202e', '😀', 'a'.repeat(300), '[]', '{}', 'null', 'true',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Valid parameter names and mostly valid values, so that handlers and the store run on odd input. */
const plausibleQuery = fc
  .record(
    {
      q: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 })),
      lang: fc.constantFrom('de', 'fr', 'en', 'sv', 'ga'),
      page: fc.integer({ min: 1, max: 5 }).map(String),
      pageSize: fc.integer({ min: 1, max: 100 }).map(String),
      country: fc.constantFrom('DE', 'PT', 'BE', 'EU'),
      when: fc.constantFrom('upcoming', 'past', 'all'),
      from: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    },
    { requiredKeys: [] },
  )
  .map((params) => new URLSearchParams(params).toString());

const queryString = fc.oneof(
  plausibleQuery,
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMETERS), fc.string({ maxLength: 12 })), value), { maxLength: 6 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
  fc.array(fc.tuple(fc.constantFrom(...PARAMETERS), value), { maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')), // not encoded: raw junk
  fc.string({ maxLength: 60 }),
);

const id = fc.oneof(
  fc.constantFrom('fixture-berlin-shelter', 'fixture-hotline', 'fixture-timed-meeting', 'a', '-', '..', '.', '%2e%2e', '%2F', 'x'.repeat(200)),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.stringMatching(/^[a-z0-9-]{0,90}$/),
);

const request = fc.record({
  route: fc.constantFrom(...ROUTES),
  id,
  query: queryString,
  method: fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, fc.constantFrom('HEAD', 'POST', 'DELETE', 'OPTIONS', 'PATCH')),
  acceptLanguage: fc.option(fc.oneof(fc.constantFrom('de-AT,de;q=0.9', '*', 'fr;q=abc', ';;,,', 'zz'), fc.string({ maxLength: 30 }))),
  ifNoneMatch: fc.option(fc.oneof(fc.constantFrom('*', '""', 'W/', '"v1-x", *'), fc.string({ maxLength: 30 }))),
});

function headerSafe(text: string): string {
  return text.replace(/[^\t\x20-\x7e]/g, ''); // HTTP header values are visible ASCII here
}

describe('any request', () => {
  it('gets a non-5xx answer, and a problem body for every error', async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ route, id, query, method, acceptLanguage, ifNoneMatch }) => {
        let url: string;
        try {
          url = new URL(`http://localhost${route.replace('{id}', id)}?${query}`).href;
        } catch {
          return; // not a URL any client could send
        }
        const headers: Record<string, string> = {};
        if (acceptLanguage !== null) headers['accept-language'] = headerSafe(acceptLanguage);
        if (ifNoneMatch !== null) headers['if-none-match'] = headerSafe(ifNoneMatch);
        const response = await app.request(url, { method, headers });
        expect(response.status, `${method} ${url}`).toBeLessThan(500);
        if (response.status >= 400 && method !== 'HEAD') {
          expect(response.headers.get('content-type')).toBe(PROBLEM_MEDIA_TYPE);
          const problem = Problem.parse(await response.json());
          expect(problem.status).toBe(response.status);
        }
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('gets a non-5xx answer on arbitrary paths', async () => {
    const segment = fc.oneof(fc.constantFrom('v1', 'members', 'events', 'x.ics', '.geojson', '..', '%', '%zz', ''), fc.string({ maxLength: 10 }).map(encodeURIComponent));
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 5 }), async (segments) => {
        const response = await app.request(`http://localhost/${segments.join('/')}`);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) Problem.parse(await response.json());
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
