/**
 * The three backends, side by side: for a set of requests covering every route, filters,
 * search, languages, errors and the chat, their answers must be byte for byte the same. Only
 * the data version in an ETag may differ, since each database starts at its own. Requests ask
 * for identity: content coding is the platform's on Workers (read-cache.contract.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ApiUnderTest } from '../support/api-under-test.ts';

/** Headers that are part of the contract (Date and connection headers are not). */
const COMPARED_HEADERS = ['content-type', 'content-language', 'content-encoding', 'vary', 'cache-control', 'allow', 'access-control-allow-origin'];

const GETS = [
  '/v1/members', '/v1/members?pageSize=7&page=3', '/v1/members?country=DE&lang=de', '/v1/members?focus=children-rights&scope=national',
  '/v1/members?q=shelter', '/v1/members?q=Straße', '/v1/members/fixture-berlin-shelter?lang=de', '/v1/members.geojson?lang=fr',
  '/v1/resources', '/v1/resources?q=victims&lang=de', '/v1/resources?q=helpline', '/v1/resources?q=identification%20practitioners',
  '/v1/resources?q=trafficing', '/v1/resources?type=hotline&pageSize=100', '/v1/resources?country=DE&audience=victims&pageSize=50',
  '/v1/resources?language=fr&lang=fr', '/v1/resources/fixture-commission-guide?lang=fr',
  '/v1/events?pageSize=100', '/v1/events?when=upcoming&lang=fr', '/v1/events?when=past', '/v1/events?from=2027-01-01&to=2027-01-31',
  '/v1/events/fixture-timed-meeting', '/v1/events.ics', '/v1/events.ics?lang=de&kind=conference', '/v1/events/fixture-autumn-conference.ics',
  '/v1/stats', '/openapi.json',
  '/v1/members?contry=DE&pageSize=1000', '/v1/members/no-such-member', '/v1/events/Bad_Id.ics', '/v1/resources?q=', '/v2/members',
];

const CHAT_TEXTS = [
  'Was versteht man unter Menschenhandel?', 'when is the next meeting?', 'Welche Mitglieder gibt es in Deutschland?',
  'help he is locked me in the room', 'hotline in France', "what's the weather in Brussels",
];

/** One request: a label for the report, the path and how to send it. */
type Request = [label: string, path: string, init: () => RequestInit];

const REQUESTS: Request[] = [
  ...GETS.map((path): Request => [`GET ${path}`, path, () => ({ headers: { 'accept-encoding': 'identity' } })]),
  ['GET /v1/members with Accept-Language fr', '/v1/members?country=FR', () => ({
    headers: { 'accept-language': 'fr-BE,fr;q=0.9', 'accept-encoding': 'identity' },
  })],
  ['DELETE /v1/events/{id}', '/v1/events/fixture-timed-meeting', () => ({ method: 'DELETE', headers: { 'accept-encoding': 'identity' } })],
  ...CHAT_TEXTS.map((text, index): Request => [`POST /v1/chat "${text}"`, '/v1/chat', () => ({
    method: 'POST',
    // The client's address as the Worker (CF-Connecting-IP) and the Node servers (a loopback proxy's X-Forwarded-For) read it.
    headers: {
      'content-type': 'application/json', 'cf-connecting-ip': `192.0.2.${100 + index}`, 'x-forwarded-for': `192.0.2.${100 + index}`,
      'accept-encoding': 'identity',
    },
    body: JSON.stringify({ text }),
  })]),
  ['POST /v1/chat with a bad body', '/v1/chat', () => ({
    method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' }, body: '{"text": 1, "x": 2}',
  })],
];

/** What must be equal: status, contract headers, the request part of the ETag, the body. */
async function answer(api: ApiUnderTest, [, path, init]: Request) {
  const response = await api.fetch(path, init());
  const headers = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]));
  const etag = response.headers.get('etag')?.replace(/^"v\d+-/, '"v…-');
  return { status: response.status, headers, etag, body: await response.text() };
}

/**
 * Asserts that every backend answers every request of the set exactly as the first one does.
 * @example agreementContract(() => [sqlite.api, postgres.api, d1.api]);
 */
export function agreementContract(apis: () => readonly ApiUnderTest[]): void {
  describe('SQLite, PostgreSQL and D1 answer identically', () => {
    it.each(REQUESTS)('%s', async (...request) => {
      const [first, ...others] = apis();
      const expected = await answer(first!, request);
      for (const api of others) {
        expect({ backend: api.backend, ...(await answer(api, request)) }).toEqual({ backend: api.backend, ...expected });
      }
    });
  });
}
