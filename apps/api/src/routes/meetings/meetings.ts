/**
 * Platform meetings (issue 13): the secretariat creates, edits, dates, moves and cancels them;
 * an organisation's owners and editors register named participants and cancel them. Each change
 * commits with its mails in one batch. Participants show only to the secretariat (and a
 * registration to the organisation that made it); the meeting itself carries none.
 */
import { z } from '@hono/zod-openapi';
import { Meeting, MeetingDate, MeetingInput, MeetingList, Registration, RegistrationInput, RegistrationList } from '@thb/schema';
import { MeetingRefusal, type MeetingInput as StoreMeetingInput, type Meeting as StoredMeeting, type MeetingStore, type Registration as StoredRegistration } from '@thb/store/meetings';
import type { Context } from 'hono';
import { isSecretariat, mayEdit, actorOf } from '../../access/authorise.ts';
import { createRouter } from '../../lib/create-router.ts';
import type { AppEnv, AppOpenAPI } from '../../lib/types.ts';
import type { QueuedMailer } from '../../mail/queued-mailer.ts';
import { NO_STORE, secretariatOnly } from '../calls/portal-options.ts';
import { WRITE_SECURITY, writeProblems } from '../writes/write-openapi.ts';
import { invalidBody, problem, readJsonObject, requireSignedIn } from '../writes/write-request.ts';
import { registrationsCsv } from './meeting-csv.ts';
import type { MeetingOrganizer } from './meeting-calendar.ts';
import { meetingMail, type MeetingMailKind } from './meeting-mails.ts';
import { meetingMailContext } from './meeting-reminders.ts';

/** Options of the meeting routes, given to `createApp` as `meetings`. */
export interface MeetingOptions {
  /** `createMeetingStore(store.db, { writeBatch: store.write })` from `@thb/store/meetings`. */
  store: MeetingStore;
  /** The queueing mailer: its rows commit in the change's batch. */
  mailer: QueuedMailer;
  publicUrl: string;
  /** The ORGANIZER of the invitations (the platform's sender address). */
  organizer: MeetingOrganizer;
}

const tags = ['Meetings'];
const Params = z.strictObject({ id: z.uuid() });
const RegistrationParams = z.strictObject({ id: z.uuid(), registrationId: z.uuid() });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

/** The public view of a meeting, field by field: never its participants or internal revision. */
function toMeeting(m: StoredMeeting): Meeting {
  return Meeting.parse({
    id: m.id, title: m.title, text: m.text, capacity: m.capacity, registrationDeadline: m.registrationDeadline, online: m.online,
    place: m.place, timeZone: m.timeZone, startsAt: m.startsAt, endsAt: m.endsAt, tentative: m.tentative, status: m.status, sequence: m.sequence,
  });
}
function toRegistration(r: StoredRegistration): Registration {
  return Registration.parse({
    id: r.id, meetingId: r.meetingId, memberId: r.memberId, name: r.name, email: r.email, attendance: r.attendance,
    languages: r.languages, accessibility: r.accessibility, status: r.status, position: r.position, createdAt: r.createdAt,
  });
}

/** A store refusal as the problem to answer. */
function refused(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof MeetingRefusal)) throw error;
  const answers = {
    'not-found': [404, 'not-found', 'There is no such meeting or registration.'],
    'deadline-passed': [409, 'registration-closed', 'The registration deadline of this meeting has passed.'],
    cancelled: [409, 'meeting-cancelled', 'This meeting is cancelled.'],
    changed: [409, 'conflict', 'The meeting changed meanwhile; try again.'],
  } as const;
  const [status, slug, detail] = answers[error.reason];
  return problem(c, status, slug, detail);
}

/** The routes. */
export function meetingsRouter(options: MeetingOptions): AppOpenAPI {
  const router = createRouter();
  const document = router.openAPIRegistry.registerPath.bind(router.openAPIRegistry);
  const meetings = options.store;
  const context = meetingMailContext(options);
  const mails = (kind: MeetingMailKind, meeting: StoredMeeting, people: readonly StoredRegistration[]) =>
    options.mailer.enqueueStatements(people.map((p) => meetingMail(kind, meeting, p, context)));
  const body = async <T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.infer<T> | Response> => {
    const raw = await readJsonObject(c);
    if (raw instanceof Response) return raw;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : invalidBody(c, parsed.error);
  };

  document({
    method: 'get', path: '/v1/meetings', tags, summary: 'Platform meetings',
    description: 'Every meeting, planned or cancelled; never its participants.',
    responses: { 200: { description: 'The meetings', ...json(MeetingList) } },
  });
  router.get('/v1/meetings', async (c) => c.json(MeetingList.parse({ items: (await meetings.list()).map(toMeeting) }), 200, NO_STORE));

  document({
    method: 'post', path: '/v1/meetings', tags, security: WRITE_SECURITY, summary: 'Create a meeting',
    description: 'The secretariat only. Give either `startsAt` (and `endsAt`) or a `tentative` date such as `2027-autumn`.',
    request: { body: { required: true, ...json(MeetingInput) } },
    responses: { 201: { description: 'Created', ...json(Meeting) }, ...writeProblems(400, 403, 415) },
  });
  router.post('/v1/meetings', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const input = await body(c, MeetingInput);
    if (input instanceof Response) return input;
    const meeting = await meetings.create(input);
    return c.json(toMeeting(meeting), 201, { ...NO_STORE, location: `/v1/meetings/${meeting.id}` });
  });

  document({
    method: 'put', path: '/v1/meetings/{id}', tags, security: WRITE_SECURITY, summary: 'Edit a meeting',
    description: 'The secretariat only; the whole meeting. A new date or place raises SEQUENCE and mails everyone with a place an update (or, when a tentative date becomes fixed, the invitation).',
    request: { params: Params, body: { required: true, ...json(MeetingInput) } },
    responses: { 200: { description: 'Changed', ...json(Meeting) }, ...writeProblems(400, 403, 404, 409, 415) },
  });
  const change = async (c: Context<AppEnv>, id: string, input: StoreMeetingInput) => {
    try {
      const meeting = await meetings.update(id, input, (after, before, placed) =>
        mails(before.startsAt === null && after.startsAt !== null ? 'invitation' : after.startsAt === null ? 'saveTheDate' : 'update', after, placed));
      options.mailer.queued();
      return c.json(toMeeting(meeting), 200, NO_STORE);
    } catch (error) {
      return refused(c, error);
    }
  };
  router.put('/v1/meetings/:id', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const input = await body(c, MeetingInput);
    if (input instanceof Response) return input;
    return change(c, c.req.param('id'), input);
  });

  document({
    method: 'post', path: '/v1/meetings/{id}/date', tags, security: WRITE_SECURITY, summary: 'Fix or move the date',
    description: 'The secretariat only. Fixes a tentative meeting\'s date (everyone with a place gets the invitation with `invite.ics`) or moves a fixed one (an update, METHOD:REQUEST with a higher SEQUENCE).',
    request: { params: Params, body: { required: true, ...json(MeetingDate) } },
    responses: { 200: { description: 'Changed', ...json(Meeting) }, ...writeProblems(400, 403, 404, 409, 415) },
  });
  router.post('/v1/meetings/:id/date', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    const date = await body(c, MeetingDate);
    if (date instanceof Response) return date;
    const meeting = await meetings.get(c.req.param('id'));
    if (!meeting) return problem(c, 404, 'not-found', 'There is no such meeting.');
    const { id: _id, status: _status, icalUid: _uid, sequence: _sequence, revision: _revision, ...input } = meeting;
    return change(c, meeting.id, { ...input, startsAt: date.startsAt, endsAt: date.endsAt, tentative: null, place: date.place === undefined ? meeting.place : date.place });
  });

  document({
    method: 'post', path: '/v1/meetings/{id}/cancel', tags, security: WRITE_SECURITY, summary: 'Cancel a meeting',
    description: 'The secretariat only. Everyone registered or waiting is told; those with a place get METHOD:CANCEL.',
    request: { params: Params },
    responses: { 200: { description: 'Cancelled', ...json(Meeting) }, ...writeProblems(403, 404, 409) },
  });
  router.post('/v1/meetings/:id/cancel', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    try {
      const meeting = await meetings.cancel(c.req.param('id'), (after, live) => mails('cancelled', after, live));
      options.mailer.queued();
      return c.json(toMeeting(meeting), 200, NO_STORE);
    } catch (error) {
      return refused(c, error);
    }
  });

  document({
    method: 'post', path: '/v1/meetings/{id}/registrations', tags, security: WRITE_SECURITY, summary: 'Register a participant',
    description: 'An owner or editor of the organisation `memberId` (or the secretariat). Past the total or the organisation\'s capacity the person goes on the waiting list; a passed deadline is refused with 409.',
    request: { params: Params, body: { required: true, ...json(RegistrationInput) } },
    responses: { 201: { description: 'Registered or waiting', ...json(Registration) }, ...writeProblems(400, 403, 404, 409, 415) },
  });
  router.post('/v1/meetings/:id/registrations', async (c) => {
    const principal = requireSignedIn(c);
    if (principal instanceof Response) return principal;
    const input = await body(c, RegistrationInput);
    if (input instanceof Response) return input;
    if (!mayEdit(principal, input.memberId)) return problem(c, 403, 'forbidden', 'Only an owner or editor of this organisation may register for it.');
    try {
      const registration = await meetings.register(c.req.param('id'), { ...input, registeredBy: actorOf(principal).actor }, (meeting, r) =>
        mails(r.status === 'waiting' ? 'waiting' : meeting.startsAt ? 'registered' : 'saveTheDate', meeting, [r]));
      options.mailer.queued();
      return c.json(toRegistration(registration), 201, NO_STORE);
    } catch (error) {
      return refused(c, error);
    }
  });

  document({
    method: 'delete', path: '/v1/meetings/{id}/registrations/{registrationId}', tags, security: WRITE_SECURITY, summary: 'Cancel a registration',
    description: 'An owner or editor of the registering organisation (or the secretariat). The freed place goes to the waiting list, in order, with a mail.',
    request: { params: RegistrationParams },
    responses: { 204: { description: 'Cancelled' }, ...writeProblems(403, 404, 409) },
  });
  router.delete('/v1/meetings/:id/registrations/:registrationId', async (c) => {
    const principal = requireSignedIn(c);
    if (principal instanceof Response) return principal;
    const meetingId = c.req.param('id');
    const target = (await meetings.registrations(meetingId)).find((r) => r.id === c.req.param('registrationId') && r.status !== 'cancelled');
    if (!target) return problem(c, 404, 'not-found', 'There is no such registration.');
    if (!mayEdit(principal, target.memberId)) return problem(c, 403, 'forbidden', 'Only an owner or editor of the registering organisation may cancel it.');
    try {
      await meetings.cancelRegistration(meetingId, target.id, (meeting, promoted) => [
        ...mails('registrationCancelled', meeting, [{ ...target, status: 'cancelled' }]), ...mails('promoted', meeting, promoted),
      ]);
      options.mailer.queued();
      return c.body(null, 204, NO_STORE);
    } catch (error) {
      return refused(c, error);
    }
  });

  document({
    method: 'get', path: '/v1/meetings/{id}/registrations', tags, security: WRITE_SECURITY, summary: 'Participants and waiting list',
    description: 'The secretariat sees everyone; an organisation\'s owner or editor only its own registrations.',
    request: { params: Params },
    responses: { 200: { description: 'In registration order', ...json(RegistrationList) }, ...writeProblems(403, 404) },
  });
  router.get('/v1/meetings/:id/registrations', async (c) => {
    const principal = requireSignedIn(c);
    if (principal instanceof Response) return principal;
    if (!(await meetings.get(c.req.param('id')))) return problem(c, 404, 'not-found', 'There is no such meeting.');
    const all = await meetings.registrations(c.req.param('id'));
    const visible = isSecretariat(principal) ? all : all.filter((r) => mayEdit(principal, r.memberId));
    return c.json(RegistrationList.parse({ items: visible.map(toRegistration) }), 200, NO_STORE);
  });

  document({
    method: 'get', path: '/v1/meetings/{id}/registrations.csv', tags, security: WRITE_SECURITY, summary: 'Participants as CSV',
    description: 'The secretariat only: places, then the waiting list, with languages and accessibility needs. Cells a spreadsheet would run as formulas are defused.',
    request: { params: Params },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' as const } } } }, ...writeProblems(403, 404) },
  });
  router.get('/v1/meetings/:id/registrations.csv', async (c) => {
    const principal = secretariatOnly(c);
    if (principal instanceof Response) return principal;
    if (!(await meetings.get(c.req.param('id')))) return problem(c, 404, 'not-found', 'There is no such meeting.');
    const csv = registrationsCsv(await meetings.registrations(c.req.param('id')));
    return c.body(csv, 200, { ...NO_STORE, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="participants.csv"' });
  });
  return router;
}
