/**
 * The write routes on the three backends, side by side: one sequence of writes (create, retry,
 * conflicts, preconditions, refusals, review, deletion), each step sent to every backend with its
 * own keys, must be answered alike. Status, headers and body are compared byte for byte; only
 * the version in an ETag may differ, and the audit log is compared without its ids, times and
 * key prefixes. The records are the sequence's own, so it runs after the other contracts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiUnderTest } from '../support/api-under-test.ts';
import { fixtureMembers, fixtureResources } from '../support/fixtures.ts';
import { createTestKey, sendWrite } from '../support/send-write.ts';

const ID = 'contract-agreement-guide';
const PATH = `/v1/resources/${ID}`;
const ORGANISATION = 'fixture-berlin-shelter';
const { updatedAt: _set, ...commissionGuide } = fixtureResources[1]!;
const GUIDE = { ...commissionGuide, id: ID, title: { en: 'Agreement guide' } };
const MEMBER_GUIDE = { ...GUIDE, id: 'contract-agreement-member-guide', publisher: { type: 'member', memberId: ORGANISATION } };
const { updatedAt: _alsoSet, ...memberTemplate } = fixtureMembers[0]!;

/** Headers a write's answer is compared on, besides the ETag. */
const COMPARED_HEADERS = ['content-type', 'content-language', 'cache-control', 'location', 'idempotent-replayed', 'www-authenticate'];

/** What one backend holds during the sequence: its keys and the ETags steps kept. */
interface Session {
  secretariat: string;
  editor: string;
  tags: Map<string, string>;
}

interface Step {
  label: string;
  /** What every backend must answer, so that a mistake all three share fails too. */
  status: number;
  send(api: ApiUnderTest, session: Session): Promise<Response>;
  /** Keeps the answer's ETag under this name for later steps. */
  keep?: string;
  /** Turns the body into what must agree, when some of it is the backend's own. */
  normalise?: (body: string) => unknown;
}

const tag = (session: Session, name: string) => session.tags.get(name) ?? '"missing"';
const withKey = (key: string, body?: unknown, headers?: Record<string, string>) => ({ key, body, headers });

const STEPS: Step[] = [
  {
    label: 'POST /v1/resources with an Idempotency-Key', status: 201, keep: 'created',
    send: (api, s) => sendWrite(api, 'POST', '/v1/resources', withKey(s.secretariat, GUIDE, { 'idempotency-key': 'agreement-1' })),
  },
  {
    label: 'POST /v1/resources retried with the same key', status: 201,
    send: (api, s) => sendWrite(api, 'POST', '/v1/resources', withKey(s.secretariat, GUIDE, { 'idempotency-key': 'agreement-1' })),
  },
  { label: 'POST /v1/resources with a taken id', status: 409, send: (api, s) => sendWrite(api, 'POST', '/v1/resources', withKey(s.secretariat, GUIDE)) },
  { label: 'PATCH without If-Match', status: 428, send: (api, s) => sendWrite(api, 'PATCH', PATH, withKey(s.secretariat, { url: 'https://guide.example.org/v2' })) },
  {
    label: 'PATCH with If-Match', status: 200, keep: 'changed',
    send: (api, s) => sendWrite(api, 'PATCH', PATH, withKey(s.secretariat, { url: 'https://guide.example.org/v2', summary: { fr: 'Un guide.' } }, { 'if-match': tag(s, 'created') })),
  },
  {
    label: 'PATCH with a stale If-Match', status: 412,
    send: (api, s) => sendWrite(api, 'PATCH', PATH, withKey(s.secretariat, { url: 'https://guide.example.org/v3' }, { 'if-match': tag(s, 'created') })),
  },
  { label: 'PATCH with an unknown field', status: 400, send: (api, s) => sendWrite(api, 'PATCH', PATH, withKey(s.secretariat, { secretNote: 'x' }, { 'if-match': '*' })) },
  {
    label: 'PATCH by an organisation on the Commission\'s resource', status: 403,
    send: (api, s) => sendWrite(api, 'PATCH', PATH, withKey(s.editor, { url: 'https://evil.example.org/' }, { 'if-match': '*' })),
  },
  { label: 'PATCH without a key', status: 401, send: (api) => sendWrite(api, 'PATCH', PATH, { body: { url: 'https://evil.example.org/' }, headers: { 'if-match': '*' } }) },
  { label: 'GET the changed resource', status: 200, send: (api) => sendWrite(api, 'GET', `${PATH}?lang=fr`) },
  { label: 'POST /v1/members by an organisation', status: 403, send: (api, s) => sendWrite(api, 'POST', '/v1/members', withKey(s.editor, { ...memberTemplate, id: 'contract-agreement-member' })) },
  { label: 'POST /v1/resources by an untrusted organisation', status: 201, send: (api, s) => sendWrite(api, 'POST', '/v1/resources', withKey(s.editor, MEMBER_GUIDE)) },
  { label: 'GET the resource waiting for review', status: 404, send: (api) => sendWrite(api, 'GET', `/v1/resources/${MEMBER_GUIDE.id}`) },
  { label: 'DELETE with If-Match', status: 200, send: (api, s) => sendWrite(api, 'DELETE', PATH, withKey(s.secretariat, undefined, { 'if-match': tag(s, 'changed') })) },
  { label: 'GET the deleted resource', status: 404, send: (api) => sendWrite(api, 'GET', PATH) },
  { label: 'POST …/restore', status: 200, send: (api, s) => sendWrite(api, 'POST', `${PATH}/restore`, withKey(s.secretariat)) },
  { label: 'POST …/restore of a published resource', status: 409, send: (api, s) => sendWrite(api, 'POST', `${PATH}/restore`, withKey(s.secretariat)) },
  {
    label: 'GET /v1/audit of the resource', status: 200,
    send: (api, s) => sendWrite(api, 'GET', `/v1/audit?record=${ID}`, withKey(s.secretariat)),
    normalise: (body) => {
      const page = JSON.parse(body) as { items: Array<Record<string, unknown>> };
      // Ids, times and key prefixes are each backend's own; what was done, where and to what must agree.
      return { ...page, items: page.items.map(({ id: _id, at: _at, actor: _actor, actorLabel: _label, ...entry }) => entry) };
    },
  },
];

async function answer(api: ApiUnderTest, session: Session, step: Step) {
  const response = await step.send(api, session);
  const etag = response.headers.get('etag');
  if (step.keep && etag) session.tags.set(step.keep, etag);
  const headers = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]));
  const text = await response.text();
  return { status: response.status, headers, etag: etag?.replace(/^"v\d+-/, '"v…-'), body: step.normalise ? step.normalise(text) : text };
}

/**
 * Sends every step to every backend in turn and asserts that each answers as the first one does.
 * @example writeAgreementContract(() => [sqlite.api, postgres.api, d1.api]);
 */
export function writeAgreementContract(apis: () => readonly ApiUnderTest[]): void {
  describe('SQLite, PostgreSQL and D1 answer writes identically', () => {
    const sessions = new Map<ApiUnderTest, Session>();
    beforeAll(async () => {
      for (const api of apis()) {
        sessions.set(api, { secretariat: await createTestKey(api, null), editor: await createTestKey(api, ORGANISATION), tags: new Map() });
      }
    });

    it.each(STEPS.map((step) => [step.label, step] as const))('%s', async (_label, step) => {
      const [first, ...others] = apis();
      const expected = await answer(first!, sessions.get(first!)!, step);
      expect({ backend: first!.backend, status: expected.status }).toEqual({ backend: first!.backend, status: step.status });
      for (const api of others) {
        expect({ backend: api.backend, ...(await answer(api, sessions.get(api)!, step)) }).toEqual({ backend: api.backend, ...expected });
      }
    });
  });
}
