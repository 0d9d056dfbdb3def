/**
 * Nobody writes where they do not belong. Every non-GET operation is read from the app's own
 * OpenAPI document, so a new write route cannot be forgotten: one missing from `OPERATIONS`
 * fails the test. Each is called as every kind of principal (no one, a revoked key, a
 * signed-out session, an organisation's key, editor and owner, the secretariat as a person and
 * as a key) against organisation A's records and B's; a refusal must leave the data version and
 * the record as they were. People sign in for real, through the magic link and an SMTP server.
 */
import { Event, Resource } from '@thb/schema';
import type { PlatformStore, RecordKind, RecordSnapshot } from '@thb/store';
import { demoData } from '@thb/store/demo';
import { createApiKeys } from '@thb/store/access';
import { TEST_NOW } from '@thb/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalStore, type PortalStore } from '@thb/store/portal';
import { createNotifications } from '@thb/store/notifications';
import { createWebhookEndpoints } from '@thb/store/webhooks';
import type { KyselyPlatformStore } from '@thb/store';
import { createMailQueue } from '@thb/store/mail-queue';
import { createMeetingStore, type MeetingStore } from '@thb/store/meetings';
import { createQueuedMailer } from '../src/mail/queued-mailer.ts';
import { unsubscribeToken } from '../src/notifications/unsubscribe-token.ts';
import {
  HARNESS_SECRET, MEMBER_A, MEMBER_B, SECRETARIAT_EMAIL, openAccountsHarness, sessionOf, signIn, type AccountsHarness,
} from './support/accounts-harness.ts';
import { applicationBody, callInput } from './support/portal-harness.ts';

type Org = 'A' | 'B';
const MEMBER: Record<Org, string> = { A: MEMBER_A, B: MEMBER_B };
const demo = demoData(TEST_NOW);
const resourceOf = (org: Org, id: string) => Resource.parse({ ...demo.resources[0], id, publisher: { type: 'member', memberId: MEMBER[org] } });
const eventOf = (org: Org, id: string) => Event.parse({ ...demo.events.find((e) => e.format === 'online') ?? demo.events[0], id, organiser: { type: 'member', memberId: MEMBER[org] } });
const withoutUpdatedAt = <T extends { updatedAt: string }>({ updatedAt: _, ...rest }: T) => rest;

/** One record of each kind per organisation. */
const RECORDS: Record<RecordKind, Record<Org, string>> = {
  members: { A: MEMBER_A, B: MEMBER_B },
  resources: { A: 'matrix-a-guide', B: 'matrix-b-guide' },
  events: { A: 'matrix-a-meeting', B: 'matrix-b-meeting' },
};

const WHO = [
  'nobody', 'revoked key of A', 'signed-out session', 'key of A', 'editor of A', 'owner of A', 'secretariat', 'secretariat key',
] as const;
type Who = (typeof WHO)[number];

/**
 * Who may call an operation on an organisation's own records, besides the secretariat; `person`:
 * any signed-in person, on their own settings (no organisation's records are involved).
 */
type Level = 'editor' | 'owner' | 'secretariat' | 'public' | 'person';

interface Operation {
  path(org: Org, w: World): string;
  /** Headers the operation needs besides the principal's (an applicant's token). */
  headers?(w: World, org: Org): Record<string, string>;
  body?(org: Org): unknown;
  /** A form-encoded body instead of JSON (the RFC 8058 one-click unsubscribe). */
  form?: string;
  /** Puts the target into the state the action needs (deleted for a restore…). */
  prepare?(w: World, org: Org): Promise<void>;
  level: Level;
  /** Only people, never keys (an invitation names the person who sent it). */
  peopleOnly?: boolean;
  record?(org: Org): { kind: RecordKind; id: string };
  /** More state a refusal must leave as it was (a meeting's registrations). */
  state?(w: World, org: Org): Promise<unknown>;
  ok: number;
}

async function setStatus(store: PlatformStore, kind: RecordKind, id: string, status: 'deleted' | 'suspended') {
  const snapshot = (await store.writes.snapshot(kind, id))!;
  await store.writes.commit({
    kind, id, expect: { unchangedSince: snapshot.revision },
    next: { status, document: snapshot.document, organisationId: snapshot.organisationId, deletedAt: status === 'deleted' ? TEST_NOW.toISOString() : null },
    actor: { actor: 'cli', label: 'test', route: 'test' }, action: status, before: null, after: null, organisationId: snapshot.organisationId,
  });
}

function recordOperations(kind: RecordKind): Record<string, Operation> {
  const id = (org: Org) => RECORDS[kind][org];
  const record = (org: Org) => ({ kind, id: id(org) });
  const own: Level = kind === 'members' ? 'secretariat' : 'editor';
  const newId = (org: Org) => `matrix-new-${kind}-${org.toLowerCase()}`;
  const create = (org: Org) => (kind === 'members'
    ? withoutUpdatedAt({ ...demo.members.find((m) => m.id === MEMBER[org])!, id: newId(org) })
    : kind === 'resources' ? withoutUpdatedAt(resourceOf(org, newId(org))) : withoutUpdatedAt(eventOf(org, newId(org))));
  return {
    [`POST /v1/${kind}`]: { path: () => `/v1/${kind}`, body: create, level: own, ok: 201, record: (org) => ({ kind, id: newId(org) }) },
    [`PATCH /v1/${kind}/{id}`]: {
      path: (org) => `/v1/${kind}/${id(org)}`, body: () => (kind === 'members' ? { city: 'Matrixstadt' } : { languages: ['en', 'de'] }),
      level: 'editor', ok: 200, record,
    },
    [`DELETE /v1/${kind}/{id}`]: { path: (org) => `/v1/${kind}/${id(org)}`, level: own, ok: 200, record },
    [`POST /v1/${kind}/{id}/restore`]: {
      path: (org) => `/v1/${kind}/${id(org)}/restore`, level: own, ok: 200, record,
      prepare: (w, org) => setStatus(w.h.store, kind, id(org), 'deleted'),
    },
    [`POST /v1/${kind}/{id}/suspend`]: { path: (org) => `/v1/${kind}/${id(org)}/suspend`, body: () => ({ reason: 'Matrix test' }), level: 'secretariat', ok: 200, record },
    [`POST /v1/${kind}/{id}/reinstate`]: {
      path: (org) => `/v1/${kind}/${id(org)}/reinstate`, level: 'secretariat', ok: 200, record,
      prepare: (w, org) => setStatus(w.h.store, kind, id(org), 'suspended'),
    },
  };
}

const OPERATIONS: Record<string, Operation> = {
  ...recordOperations('members'),
  ...recordOperations('resources'),
  ...recordOperations('events'),
  'POST /v1/chat': { path: () => '/v1/chat', body: () => ({ text: 'hello' }), level: 'public', ok: 200 },
  'POST /v1/review/{id}': {
    path: (org) => `/v1/review/matrix-pending-${org}`, body: () => ({ decision: 'approve' }), level: 'secretariat', ok: 200,
    record: (org) => ({ kind: 'members', id: MEMBER[org] }),
  },
  'PATCH /v1/organisations/{memberId}': { path: (org) => `/v1/organisations/${MEMBER[org]}`, body: () => ({ trusted: true }), level: 'secretariat', ok: 200 },
  'POST /v1/organisations/{memberId}/keys': { path: (org) => `/v1/organisations/${MEMBER[org]}/keys`, body: () => ({ name: 'matrix' }), level: 'owner', ok: 201 },
  'DELETE /v1/organisations/{memberId}/keys/{keyId}': { path: (org, w) => `/v1/organisations/${MEMBER[org]}/keys/${w.spareKey[org]}`, level: 'owner', ok: 200 },
  'POST /v1/organisations/{memberId}/invitations': {
    path: (org) => `/v1/organisations/${MEMBER[org]}/invitations`, body: (org) => ({ email: `new-${org}@matrix.test`, role: 'editor' }),
    level: 'owner', peopleOnly: true, ok: 202,
  },
  'PATCH /v1/organisations/{memberId}/people/{userId}': {
    path: (org, w) => `/v1/organisations/${MEMBER[org]}/people/${w.colleague[org]}`, body: () => ({ role: 'owner' }), level: 'owner', peopleOnly: true, ok: 204,
  },
  'DELETE /v1/organisations/{memberId}/people/{userId}': {
    path: (org, w) => `/v1/organisations/${MEMBER[org]}/people/${w.colleague[org]}`, level: 'owner', peopleOnly: true, ok: 204,
  },
};

/** Portal routes (issue 12): the secretariat's calls and decisions, and the public or token-holding applicant's. */
let portalSerial = 0;
const PORTAL_OPERATIONS: Record<string, Operation> = {
  'POST /v1/calls': { path: () => '/v1/calls', body: () => callInput(), level: 'secretariat', ok: 201 },
  'PATCH /v1/calls/{id}': { path: (_org, w) => `/v1/calls/${w.portal.callId}`, body: () => ({ title: { en: 'Matrix call' } }), level: 'secretariat', ok: 200 },
  'POST /v1/call-subscriptions': { path: () => '/v1/call-subscriptions', body: (org) => ({ email: `watch-${org}@matrix.test`, locale: 'en' }), level: 'public', ok: 202 },
  'POST /v1/call-subscriptions/confirm': {
    path: (org, w) => `/v1/call-subscriptions/confirm?token=${w.portal.tokens[`subscribe-${org}`] ?? 'none'}`, level: 'public', ok: 200,
    prepare: async (w, org) => {
      w.portal.tokens[`subscribe-${org}`] = (await w.portal.store.subscribers.request(`confirm-${org}-${++portalSerial}@matrix.test`, 'en'))!.confirmToken;
    },
  },
  'POST /v1/call-subscriptions/unsubscribe': { path: () => '/v1/call-subscriptions/unsubscribe?token=abcdefghijklmnopqrstuvwxyz', level: 'public', ok: 200 },
  'POST /v1/applications': { path: () => '/v1/applications', body: () => applicationBody(portalCallId), level: 'public', ok: 201 },
  'PATCH /v1/applications/mine': {
    path: () => '/v1/applications/mine', body: () => ({ organisation: { city: 'Matrix' } }), level: 'public', ok: 200,
    headers: (w, org) => ({ 'application-token': w.portal.tokens[`draft-${org}`] ?? '' }),
    prepare: async (w, org) => {
      w.portal.tokens[`draft-${org}`] = (await w.portal.store.applications.create(w.portal.callId, {
        organisation: { name: 'Draft' }, contact: { name: 'D', email: 'd@matrix.test', locale: 'en' }, status: 'draft',
      })).token;
    },
  },
  'POST /v1/applications/{id}/decision': {
    path: (org, w) => `/v1/applications/${w.portal.tokens[`application-${org}`] ?? 'matrixplaceholder'}/decision`, body: () => ({ decision: 'approve' }),
    level: 'secretariat', peopleOnly: true, ok: 200,
    prepare: async (w, org) => {
      const { organisation, contact } = applicationBody(w.portal.callId);
      w.portal.tokens[`application-${org}`] = (await w.portal.store.applications.create(w.portal.callId, {
        organisation: { ...organisation, name: `Matrix applicant ${org} ${++portalSerial}` }, contact, status: 'submitted',
      })).application.id;
    },
  },
  'POST /v1/entry-check/confirm': {
    path: (org, w) => `/v1/entry-check/confirm?token=${w.portal.tokens[`check-${org}`] ?? 'none'}`, level: 'public', ok: 200,
    prepare: async (w, org) => {
      w.portal.tokens[`check-${org}`] = await w.portal.store.entryChecks.issue(MEMBER[org], 60_000);
    },
  },
};
Object.assign(OPERATIONS, PORTAL_OPERATIONS);

/** Announcements (issue 13): the secretariat's only; each allowed call gets a fresh draft. */
const ANNOUNCEMENT = { title: { en: 'Matrix news' }, text: { en: 'Matrix text' } };
const announcementPath = (suffix = '') => (org: Org, w: World) => `/v1/announcements/${w.portal.tokens[`announcement-${org}`] ?? 'ann-20260101T000000000Z-000000000000'}${suffix}`;
const prepareAnnouncement = async (w: World, org: Org) => {
  const created = await w.h.store.announcements.create({ ...ANNOUNCEMENT, eventIds: [], resourceIds: [], audience: { countries: [], focusAreas: [] }, public: false }, { actor: 'cli', label: 'test', route: 'test' });
  w.portal.tokens[`announcement-${org}`] = created.id;
};
Object.assign(OPERATIONS, {
  'POST /v1/announcements': { path: () => '/v1/announcements', body: () => ANNOUNCEMENT, level: 'secretariat', ok: 201 },
  'PATCH /v1/announcements/{id}': { path: announcementPath(), body: () => ({ public: true }), level: 'secretariat', ok: 200, prepare: prepareAnnouncement },
  'DELETE /v1/announcements/{id}': { path: announcementPath(), level: 'secretariat', ok: 200, prepare: prepareAnnouncement },
  'POST /v1/announcements/{id}/publish': { path: announcementPath('/publish'), level: 'secretariat', ok: 200, prepare: prepareAnnouncement },
} satisfies Record<string, Operation>);
/** Issue 13's notification routes: a person's own settings, and unsubscribing by a mail's token. */
const NOTIFICATION_OPERATIONS: Record<string, Operation> = {
  'PUT /v1/me/notifications': { path: () => '/v1/me/notifications', body: () => ({ language: 'de' }), level: 'person', ok: 200 },
  'POST /v1/notifications/unsubscribe': {
    path: (org, w) => `/v1/notifications/unsubscribe?token=${encodeURIComponent(w.portal.tokens[`unsubscribe-${org}`] ?? 'none-of-twenty-characters')}`,
    form: 'List-Unsubscribe=One-Click', level: 'public', ok: 200,
    prepare: async (w, org) => {
      const person = await w.h.db.selectFrom('user').select('id').orderBy('id').executeTakeFirstOrThrow();
      w.portal.tokens[`unsubscribe-${org}`] = await unsubscribeToken(HARNESS_SECRET, person.id, 'events');
    },
  },
};
Object.assign(OPERATIONS, NOTIFICATION_OPERATIONS);
/** Issue 13's webhook endpoints: an organisation's owners' (and the secretariat's); each allowed call gets a fresh endpoint. */
const webhookPath = (suffix = '') => (org: Org, w: World) =>
  `/v1/organisations/${MEMBER[org]}/webhooks/${w.portal.tokens[`webhook-${org}`] ?? 'ep_none'}${suffix}`;
const prepareWebhook = async (w: World, org: Org) => {
  const made = await createWebhookEndpoints(w.h.db).create({ memberId: MEMBER[org], url: 'https://hooks.example.org/matrix', eventKinds: ['member.changed'] });
  w.portal.tokens[`webhook-${org}`] = made.id;
};
Object.assign(OPERATIONS, {
  'POST /v1/organisations/{memberId}/webhooks': {
    path: (org) => `/v1/organisations/${MEMBER[org]}/webhooks`, body: () => ({ url: 'https://hooks.example.org/matrix', eventKinds: ['member.changed'] }),
    level: 'owner', ok: 201,
  },
  'PATCH /v1/organisations/{memberId}/webhooks/{webhookId}': { path: webhookPath(), body: () => ({ enabled: false }), level: 'owner', ok: 200, prepare: prepareWebhook },
  'DELETE /v1/organisations/{memberId}/webhooks/{webhookId}': { path: webhookPath(), level: 'owner', ok: 200, prepare: prepareWebhook },
  'POST /v1/organisations/{memberId}/webhooks/{webhookId}/secret': { path: webhookPath('/secret'), level: 'owner', ok: 200, prepare: prepareWebhook },
} satisfies Record<string, Operation>);
/**
 * Platform meetings (issue 13): the secretariat's meetings, and each organisation's own
 * participants. The meeting routes change a fresh meeting each allowed call; the registration
 * routes work on the shared meeting, where each organisation has a standing registration.
 */
const MEETING = { title: { en: 'Matrix assembly' }, text: { en: 'Matrix' }, capacity: { total: 1000 }, timeZone: 'Europe/Brussels', tentative: '2030-autumn' };
const meetingPath = (suffix = '') => (org: Org, w: World) => `/v1/meetings/${w.portal.tokens[`meeting-${org}`] ?? w.meeting.id}${suffix}`;
const prepareMeeting = async (w: World, org: Org) => {
  w.portal.tokens[`meeting-${org}`] = (await w.meeting.store.create({ ...MEETING, capacity: { total: 1000, perMember: null }, registrationDeadline: null, online: false, place: null, startsAt: null, endsAt: null })).id;
};
const meetingState = async (w: World, org: Org) => [await w.meeting.store.get(w.portal.tokens[`meeting-${org}`] ?? w.meeting.id), await w.meeting.store.registrations(w.meeting.id)];
const participant = (org: Org) => ({ memberId: MEMBER[org], name: `Matrix ${org}`, email: `participant-${org.toLowerCase()}@matrix.test` });
Object.assign(OPERATIONS, {
  'POST /v1/meetings': { path: () => '/v1/meetings', body: () => MEETING, level: 'secretariat', ok: 201, state: meetingState },
  'PUT /v1/meetings/{id}': { path: meetingPath(), body: () => ({ ...MEETING, place: 'Brussels' }), level: 'secretariat', ok: 200, prepare: prepareMeeting, state: meetingState },
  'POST /v1/meetings/{id}/date': {
    path: meetingPath('/date'), body: () => ({ startsAt: '2030-10-01T09:00:00Z', endsAt: '2030-10-01T17:00:00Z' }), level: 'secretariat', ok: 200,
    prepare: prepareMeeting, state: meetingState,
  },
  'POST /v1/meetings/{id}/cancel': { path: meetingPath('/cancel'), level: 'secretariat', ok: 200, prepare: prepareMeeting, state: meetingState },
  'POST /v1/meetings/{id}/registrations': {
    path: (_org, w) => `/v1/meetings/${w.meeting.id}/registrations`, body: participant, level: 'editor', ok: 201, state: meetingState,
  },
  'DELETE /v1/meetings/{id}/registrations/{registrationId}': {
    path: (org, w) => `/v1/meetings/${w.meeting.id}/registrations/${w.meeting.registration[org]}`, level: 'editor', ok: 204, state: meetingState,
    prepare: async (w, org) => {
      w.meeting.registration[org] = (await w.meeting.store.register(w.meeting.id, { ...participant(org), attendance: 'online', languages: [], accessibility: null, registeredBy: 'test' }, () => [])).id;
    },
  },
} satisfies Record<string, Operation>);
/** The open call the matrix applies to (bodies are built without the world). */
let portalCallId = '';

const RANK: Record<Who, number> = {
  nobody: 0, 'revoked key of A': 0, 'signed-out session': 0, 'key of A': 1, 'editor of A': 1, 'owner of A': 2, secretariat: 3, 'secretariat key': 3,
};
const NEEDED: Record<Level, number> = { public: 0, person: 1, editor: 1, owner: 2, secretariat: 3 };

/** What `who` gets when calling an operation on organisation `org`'s record. */
function expected(operation: Operation, who: Who, org: Org): number {
  if (operation.level === 'public') return operation.ok;
  if (RANK[who] === 0) return 401;
  if ((operation.peopleOnly || operation.level === 'person') && who.includes('key')) return 403;
  if (operation.level === 'person') return operation.ok;
  if (RANK[who] === 3) return operation.ok;
  return org === 'A' && RANK[who] >= NEEDED[operation.level] ? operation.ok : 403;
}

interface World {
  h: Awaited<ReturnType<typeof openAccountsHarness>>;
  headers: Record<Who, Record<string, string>>;
  /** A second person of each organisation, whom the people routes change. */
  colleague: Record<Org, string>;
  /** A key of each organisation that the revoke route revokes. */
  spareKey: Record<Org, string>;
  /** Every target record as the world began. */
  originals: Map<string, { document: RecordSnapshot['document']; organisationId: string | null }>;
  /** The portal's store, its open call, and the tokens operations prepared. */
  portal: { store: PortalStore; callId: string; tokens: Record<string, string> };
  /** The shared meeting and each organisation's standing registration in it. */
  meeting: { store: MeetingStore; id: string; registration: Record<Org, string> };
}

/** Signs the invited person in; the invitation is accepted on that first sign-in. */
async function member(h: AccountsHarness, org: Org, email: string, role: 'owner' | 'editor', inviter: string): Promise<string> {
  const by = (await h.accounts.personOf(new Headers({ cookie: inviter })))!;
  await h.accounts.invite({ memberId: MEMBER[org], email, role, inviter: by });
  await h.inbox.next(email);
  return signIn(h, email);
}

async function world(): Promise<World> {
  let keys!: ReturnType<typeof createApiKeys>;
  let portalStore!: PortalStore;
  let meetingStore!: MeetingStore;
  const h = await openAccountsHarness('SQLite', {
    writes: ({ db }) => {
      keys = createApiKeys(db);
      return { keys, rateLimit: { capacity: 100_000 } };
    },
    portal: ({ db, mailer, publicUrl }) => {
      portalStore = createPortalStore(db, { now: () => TEST_NOW });
      return { store: portalStore, mailer, publicUrl, rateLimit: { capacity: 100_000, refillPerSecond: 1000 } };
    },
    notifications: ({ db, secret }) => ({ notifications: createNotifications(db), secret }),
    webhooks: ({ db }) => ({ endpoints: createWebhookEndpoints(db), allowHosts: [] }),
    meetings: ({ store }) => {
      const { db, write } = store as KyselyPlatformStore;
      meetingStore = createMeetingStore(db, { writeBatch: write });
      return { store: meetingStore, mailer: createQueuedMailer(createMailQueue(db)), publicUrl: 'http://matrix.test', organizer: { name: 'THB', email: 'no-reply@matrix.test' } };
    },
  });
  portalCallId = (await portalStore.calls.create(callInput())).id;
  const sharedMeeting = await meetingStore.create({ ...MEETING, capacity: { total: 1000, perMember: null }, registrationDeadline: null, online: false, place: null, startsAt: null, endsAt: null });
  const standing = (org: Org) => meetingStore.register(sharedMeeting.id, { ...participant(org), attendance: 'in-person', languages: ['de'], accessibility: null, registeredBy: 'test' }, () => []);
  const meeting: World['meeting'] = { store: meetingStore, id: sharedMeeting.id, registration: { A: (await standing('A')).id, B: (await standing('B')).id } };
  const { store } = h;
  await store.putMany({
    resources: [resourceOf('A', RECORDS.resources.A), resourceOf('B', RECORDS.resources.B)],
    events: [eventOf('A', RECORDS.events.A), eventOf('B', RECORDS.events.B)],
  });
  for (const org of ['A', 'B'] as const) {
    const snapshot = (await store.writes.snapshot('members', MEMBER[org]))!;
    await store.writes.commit({
      kind: 'members', id: MEMBER[org], expect: { unchangedSince: snapshot.revision },
      next: { status: 'published', document: snapshot.document, organisationId: MEMBER[org] },
      pending: { add: [{ id: `matrix-pending-${org}`, document: { ...snapshot.document, name: `Matrix ${org}` }, fields: ['name'] }] },
      actor: { actor: 'cli', label: 'test', route: 'test' }, action: 'propose', before: null, after: null, organisationId: MEMBER[org],
    });
  }
  const originals: World['originals'] = new Map();
  for (const [kind, ids] of Object.entries(RECORDS) as [RecordKind, Record<Org, string>][]) {
    for (const id of Object.values(ids)) {
      const snapshot = (await store.writes.snapshot(kind, id))!;
      originals.set(`${kind}/${id}`, { document: snapshot.document, organisationId: snapshot.organisationId });
    }
  }
  const secretariat = await signIn(h, SECRETARIAT_EMAIL);
  const owner = await member(h, 'A', 'owner@a.matrix', 'owner', secretariat);
  const editor = await member(h, 'A', 'editor@a.matrix', 'editor', secretariat);
  await member(h, 'B', 'owner@b.matrix', 'owner', secretariat);
  const colleagueA = await member(h, 'A', 'colleague@a.matrix', 'editor', secretariat);
  const colleagueB = await member(h, 'B', 'colleague@b.matrix', 'editor', secretariat);
  const idOf = async (cookie: string) => (await sessionOf(h, cookie))!.user.id;
  const leaving = await signIn(h, 'leaving@a.matrix');
  await h.app.request('/v1/auth/sign-out', { method: 'POST', headers: { cookie: leaving, origin: h.publicUrl } });
  const keyOfA = await keys.create({ organisationId: MEMBER_A, name: 'A', createdBy: 'test' });
  const revoked = await keys.create({ organisationId: MEMBER_A, name: 'A old', createdBy: 'test' });
  await keys.revoke(revoked.id);
  const secretariatKey = await keys.create({ organisationId: null, name: 'secretariat', createdBy: 'test' });
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  const cookie = (value: string) => ({ cookie: value, origin: h.publicUrl });
  return {
    h,
    headers: {
      nobody: {}, 'revoked key of A': bearer(revoked.key), 'signed-out session': cookie(leaving), 'key of A': bearer(keyOfA.key),
      'editor of A': cookie(editor), 'owner of A': cookie(owner), secretariat: cookie(secretariat), 'secretariat key': bearer(secretariatKey.key),
    },
    colleague: { A: await idOf(colleagueA), B: await idOf(colleagueB) },
    originals,
    portal: { store: portalStore, callId: portalCallId, tokens: {} },
    meeting,
    spareKey: {
      A: (await keys.create({ organisationId: MEMBER_A, name: 'spare', createdBy: 'test' })).id,
      B: (await keys.create({ organisationId: MEMBER_B, name: 'spare', createdBy: 'test' })).id,
    },
  };
}

/**
 * Puts an operation's target back as the world began (published, its original document, the
 * pending name change of its organisation), or purges what a create made: the allowed calls
 * then share one world without one call's change deciding the next one's answer.
 */
async function restore(w: World, operation: Operation, org: Org): Promise<void> {
  const target = operation.record?.(org);
  if (!target) return;
  const { store } = w.h;
  const snapshot = await store.writes.snapshot(target.kind, target.id);
  const original = w.originals.get(`${target.kind}/${target.id}`);
  const actor = { actor: 'cli', label: 'test', route: 'test' };
  const base = { kind: target.kind, id: target.id, actor, action: 'reset', before: null, after: null };
  if (!original) {
    if (snapshot) await store.writes.commit({ ...base, expect: { unchangedSince: snapshot.revision }, next: 'purge', organisationId: snapshot.organisationId });
    return;
  }
  const pending = await store.writes.pendingChanges({ kind: target.kind, recordId: target.id });
  await store.writes.commit({
    ...base, expect: snapshot ? { unchangedSince: snapshot.revision } : { absent: true },
    next: { status: 'published', document: original.document, organisationId: original.organisationId },
    pending: {
      remove: pending.map((change) => change.id),
      add: target.kind === 'members' ? [{ id: `matrix-pending-${org}`, document: { ...original.document, name: `Matrix ${org}` }, fields: ['name'] }] : [],
    },
    organisationId: original.organisationId,
  });
}

function call(w: World, operation: Operation, method: string, who: Who, org: Org): Promise<Response> {
  const body = operation.body?.(org);
  return Promise.resolve(w.h.app.request(operation.path(org, w), {
    method,
    headers: {
      ...w.headers[who], 'if-match': '*', 'x-test-client': 'matrix', ...operation.headers?.(w, org),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(operation.form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(operation.form === undefined ? {} : { body: operation.form }),
  }));
}

describe('the authorisation matrix of every write route', () => {
  let shared: World;
  let operations: [string, string][];
  beforeAll(async () => {
    shared = await world();
    const document = await (await shared.h.app.request('/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method): [string, string] => [method.toUpperCase(), path]));
  }, 60_000);
  afterAll(() => shared.h.close());

  it('knows every non-GET operation the API documents', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const [method, path] of operations) expect(OPERATIONS, `${method} ${path} is not in the matrix`).toHaveProperty([`${method} ${path}`]);
  });

  it('refuses everyone who may not, and a refusal changes nothing', async () => {
    const { store } = shared.h;
    for (const [method, path] of operations) {
      const operation = OPERATIONS[`${method} ${path}`]!;
      for (const who of WHO) {
        for (const org of ['A', 'B'] as const) {
          const status = expected(operation, who, org);
          if (status < 400) continue;
          const target = operation.record?.(org);
          const people = async () => JSON.stringify(await shared.h.accounts.people(MEMBER[org]));
          const state = async () => [await store.dataVersion(), target && JSON.stringify(await store.writes.snapshot(target.kind, target.id)), await people(), await operation.state?.(shared, org)];
          const before = await state();
          const response = await call(shared, operation, method, who, org);
          expect(response.status, `${method} ${path} as ${who} on ${org}'s record`).toBe(status);
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          expect(await state(), `${method} ${path} as ${who} on ${org}'s record changed data`).toEqual(before);
        }
      }
    }
  }, 120_000);

  /** The least trusted principal allowed to call an operation on an organisation's records. */
  const leastAllowed = (operation: Operation, org: Org): Who =>
    WHO.find((who) => expected(operation, who, org) < 400 && (operation.level !== 'public' || who === 'nobody'))!;

  it('lets everyone who may do it, each call on its target as the world began', async () => {
    for (const [method, path] of operations) {
      const operation = OPERATIONS[`${method} ${path}`]!;
      for (const who of WHO) {
        for (const org of ['A', 'B'] as const) {
          const status = expected(operation, who, org);
          if (status >= 400 || (operation.level === 'public' && who !== 'nobody')) continue;
          // The people and key routes change who is who and which key works: the least trusted
          // principal allowed stands for the rest (the refusals above cover everyone).
          if (path.startsWith('/v1/organisations/{memberId}/') && who !== leastAllowed(operation, org)) continue;
          await restore(shared, operation, org);
          await operation.prepare?.(shared, org);
          const response = await call(shared, operation, method, who, org);
          expect(response.status, `${method} ${path} as ${who} on ${org}'s record: ${await response.clone().text()}`).toBe(status);
        }
      }
    }
  }, 120_000);

  it('keeps an editor of A out of B\'s meeting registrations', async () => {
    const { meeting } = shared;
    const editor = shared.headers['editor of A'];
    const before = await meeting.store.registrations(meeting.id);
    const ofB = before.filter((r) => r.memberId === MEMBER_B && r.status !== 'cancelled');
    expect(ofB.length).toBeGreaterThan(0);
    const register = await shared.h.app.request(`/v1/meetings/${meeting.id}/registrations`, {
      method: 'POST', headers: { ...editor, 'content-type': 'application/json' }, body: JSON.stringify(participant('B')),
    });
    expect(register.status).toBe(403);
    for (const registration of ofB) {
      const cancel = await shared.h.app.request(`/v1/meetings/${meeting.id}/registrations/${registration.id}`, { method: 'DELETE', headers: editor });
      expect(cancel.status).toBe(403);
    }
    // What A's editor may see of the meeting is A's own people only.
    const seen = await (await shared.h.app.request(`/v1/meetings/${meeting.id}/registrations`, { headers: editor })).json() as { items: Array<{ memberId: string }> };
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.items.every((r) => r.memberId === MEMBER_A)).toBe(true);
    expect(await meeting.store.registrations(meeting.id)).toEqual(before);
  });
});
