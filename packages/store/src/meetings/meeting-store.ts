/**
 * Platform meetings and their registrations (migrations 0010 and 0013). Every change runs as
 * one batch together with the mails it causes (the caller's `mails` callback turns the outcome
 * into mail-queue statements), so a registration and its confirmation commit together or not at all.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { DATA_VERSION_KEY } from '../database.ts';
import { transactionBatch, type WriteBatch } from '../write.ts';
import { placeNew, promotions, type Placement } from './placement.ts';
import type { MeetingDatabase, MeetingInput, MeetingRow, Meeting, Registration, RegistrationInput, RegistrationRow } from './meeting-types.ts';

/** A refused change, with the reason a route turns into a problem. */
export class MeetingRefusal extends Error {
  constructor(readonly reason: 'not-found' | 'deadline-passed' | 'cancelled' | 'changed', options?: ErrorOptions) { super(`meeting: ${reason}`, options); }
}

function meetingOf(row: MeetingRow): Meeting {
  return {
    id: row.event_id, title: JSON.parse(row.title) as Record<string, string>, text: JSON.parse(row.body) as Record<string, string>,
    capacity: { total: Number(row.capacity_total), perMember: row.capacity_per_member === null ? null : Number(row.capacity_per_member) },
    registrationDeadline: row.registration_deadline, online: Number(row.online) === 1, place: row.place, timeZone: row.time_zone,
    startsAt: row.starts_at, endsAt: row.ends_at, tentative: row.tentative, status: row.status === 'cancelled' ? 'cancelled' : 'planned',
    icalUid: row.ical_uid, sequence: Number(row.ical_sequence), revision: Number(row.revision),
  };
}

function registrationOf(row: RegistrationRow): Registration {
  return {
    id: row.id, meetingId: row.event_id, memberId: row.member_id, name: row.name, email: row.email,
    attendance: row.attendance === 'online' ? 'online' : 'in-person', languages: JSON.parse(row.languages) as string[],
    accessibility: row.accessibility, status: row.status as Registration['status'], position: Number(row.position), createdAt: row.created_at,
  };
}

const randomId = () => crypto.randomUUID();

/**
 * The meetings on a migrated store database.
 * @example const meetings = createMeetingStore(store.db); await meetings.create({ ... }, () => []);
 */
// The store's schema type does not list the meeting tables; any Kysely on that database works.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createMeetingStore(anyDb: Kysely<any>, options: { now?: () => Date; writeBatch?: WriteBatch } = {}) {
  const db = anyDb as Kysely<MeetingDatabase>;
  const now = options.now ?? (() => new Date());
  const batch = options.writeBatch ?? transactionBatch(anyDb);

  async function get(id: string): Promise<Meeting | null> {
    const row = await db.selectFrom('meeting').selectAll().where('event_id', '=', id).executeTakeFirst();
    return row ? meetingOf(row) : null;
  }
  async function registrations(meetingId: string): Promise<Registration[]> {
    const rows = await db.selectFrom('meeting_registration').selectAll().where('event_id', '=', meetingId)
      .orderBy('position').execute();
    return rows.map(registrationOf);
  }
  const fields = (input: MeetingInput) => ({
    title: JSON.stringify(input.title), body: JSON.stringify(input.text), capacity_total: input.capacity.total,
    capacity_per_member: input.capacity.perMember, registration_deadline: input.registrationDeadline, online: input.online ? 1 : 0,
    place: input.place, time_zone: input.timeZone, starts_at: input.startsAt, ends_at: input.endsAt, tentative: input.tentative,
  });
  /**
   * The change's first statements: a guard that fails the whole batch (a second data-version row,
   * refused by the primary key, as in the record writes) unless the meeting is still at the
   * revision the change was computed from, then the revision bump. So a raced registration rolls
   * back with its mails instead of overbooking. On PostgreSQL a no-op update first takes the
   * meeting's row lock: a concurrent change waits for it, and its guard, a statement that starts
   * after the other committed, then sees the new revision (under READ COMMITTED each statement
   * sees what committed before it began), so two reminder runs cannot both commit.
   */
  const bump = (m: Meeting, set: Partial<MeetingRow>): CompiledQuery[] => [
    db.updateTable('meeting').set((eb) => ({ revision: eb.ref('revision') })).where('event_id', '=', m.id).compile(),
    anyDb.insertInto('meta').columns(['key', 'value'])
      .expression(anyDb.selectNoFrom([sql.lit(DATA_VERSION_KEY).as('key'), sql.lit(0).as('value')])
        .where((eb) => eb.not(eb.exists(eb.selectFrom('meeting').select('event_id')
          .where('event_id', '=', m.id).where('revision', '=', m.revision)))))
      .compile(),
    db.updateTable('meeting').set({ ...set, revision: m.revision + 1, updated_at: now().toISOString() })
      .where('event_id', '=', m.id).compile(),
  ];
  async function run(statements: CompiledQuery[]): Promise<void> {
    try {
      await batch(statements);
    } catch (error) {
      throw new MeetingRefusal('changed', { cause: error });
    }
  }

  return {
    get, registrations,
    async list(): Promise<Meeting[]> {
      return (await db.selectFrom('meeting').selectAll().orderBy('created_at').execute()).map(meetingOf);
    },
    /** Creates a meeting; `mails` are none at first (nobody is registered yet). */
    async create(input: MeetingInput): Promise<Meeting> {
      const id = randomId();
      const at = now().toISOString();
      await batch([db.insertInto('meeting').values({
        event_id: id, ...fields(input), ical_uid: `${id}@meetings.thb`, ical_sequence: 0, revision: 1, status: 'planned',
        created_at: at, updated_at: at, reminded_7d_at: null, reminded_1d_at: null,
      }).compile()]);
      return (await get(id))!;
    },
    /**
     * Changes a meeting. A changed date or place raises the iCalendar SEQUENCE, and `mails` gets
     * the meeting after the change with everyone who holds a place, for the update mails.
     */
    async update(id: string, input: MeetingInput, mails: (after: Meeting, before: Meeting, placed: Registration[]) => CompiledQuery[]): Promise<Meeting> {
      const before = await get(id);
      if (!before) throw new MeetingRefusal('not-found');
      if (before.status === 'cancelled') throw new MeetingRefusal('cancelled');
      const moved = before.startsAt !== input.startsAt || before.endsAt !== input.endsAt || before.place !== input.place || before.tentative !== input.tentative;
      const sequence = moved ? before.sequence + 1 : before.sequence;
      const after: Meeting = { ...before, ...input, sequence, revision: before.revision + 1 };
      const placed = (await registrations(id)).filter((r) => r.status === 'registered');
      // A new date is reminded of anew: the reminders of the old one say nothing of it.
      const reminders = moved ? { reminded_7d_at: null, reminded_1d_at: null } : {};
      await run([...bump(before, { ...fields(input), ical_sequence: sequence, ...reminders }), ...(moved ? mails(after, before, placed) : [])]);
      return (await get(id))!;
    },
    /** Cancels the meeting; `mails` tells everyone placed or waiting (METHOD:CANCEL). */
    async cancel(id: string, mails: (after: Meeting, live: Registration[]) => CompiledQuery[]): Promise<Meeting> {
      const before = await get(id);
      if (!before) throw new MeetingRefusal('not-found');
      if (before.status === 'cancelled') return before;
      const after: Meeting = { ...before, status: 'cancelled', sequence: before.sequence + 1, revision: before.revision + 1 };
      const live = (await registrations(id)).filter((r) => r.status !== 'cancelled');
      await run([...bump(before, { status: 'cancelled', ical_sequence: after.sequence }), ...mails(after, live)]);
      return after;
    },
    /** Registers a participant: a place if the capacity allows, else the waiting list. */
    async register(meetingId: string, input: RegistrationInput, mails: (meeting: Meeting, registration: Registration) => CompiledQuery[]): Promise<Registration> {
      const meeting = await get(meetingId);
      if (!meeting) throw new MeetingRefusal('not-found');
      if (meeting.status === 'cancelled') throw new MeetingRefusal('cancelled');
      const at = now().toISOString();
      if (meeting.registrationDeadline !== null && at > meeting.registrationDeadline) throw new MeetingRefusal('deadline-passed');
      const all = await registrations(meetingId);
      const live = all.filter((r): r is Registration & Placement => r.status !== 'cancelled');
      const status = placeNew(meeting.capacity, live, input.memberId);
      const registration: Registration = {
        id: randomId(), meetingId, memberId: input.memberId, name: input.name, email: input.email, attendance: input.attendance,
        languages: input.languages, accessibility: input.accessibility, status,
        position: all.reduce((max, r) => Math.max(max, r.position), 0) + 1, createdAt: at,
      };
      await run([...bump(meeting, {}), db.insertInto('meeting_registration').values({
        id: registration.id, event_id: meetingId, member_id: input.memberId, name: input.name, email: input.email,
        attendance: input.attendance, languages: JSON.stringify(input.languages), accessibility: input.accessibility, status,
        position: registration.position, registered_by: input.registeredBy, created_at: at, updated_at: at,
      }).compile(), ...mails(meeting, registration)]);
      return registration;
    },
    /** Cancels a registration; whoever waits is promoted in order, and `mails` gets them. */
    async cancelRegistration(meetingId: string, registrationId: string, mails: (meeting: Meeting, promoted: Registration[]) => CompiledQuery[]): Promise<Registration[]> {
      const meeting = await get(meetingId);
      if (!meeting) throw new MeetingRefusal('not-found');
      const all = await registrations(meetingId);
      const target = all.find((r) => r.id === registrationId && r.status !== 'cancelled');
      if (!target) throw new MeetingRefusal('not-found');
      const live = all.filter((r): r is Registration & Placement => r.status !== 'cancelled' && r.id !== registrationId);
      const promotedIds = target.status === 'registered' ? promotions(meeting.capacity, live) : [];
      const promoted = promotedIds.map((pid) => ({ ...live.find((r) => r.id === pid)!, status: 'registered' as const }));
      const at = now().toISOString();
      const set = (id: string, status: string) => db.updateTable('meeting_registration').set({ status, updated_at: at }).where('id', '=', id).compile();
      await run([...bump(meeting, {}), set(registrationId, 'cancelled'), ...promotedIds.map((pid) => set(pid, 'registered')), ...mails(meeting, promoted)]);
      return promoted;
    },
    /** Planned meetings with a fixed start within `days` days whose reminder for that lead has not gone out. */
    async dueReminders(lead: 7 | 1): Promise<Meeting[]> {
      const at = now();
      const until = new Date(at.getTime() + lead * 86_400_000).toISOString();
      const column = lead === 7 ? 'reminded_7d_at' : 'reminded_1d_at';
      const rows = await db.selectFrom('meeting').selectAll().where('status', '=', 'planned')
        .where('starts_at', 'is not', null).where('starts_at', '>', at.toISOString()).where('starts_at', '<=', until)
        .where(column, 'is', null).execute();
      return rows.map(meetingOf);
    },
    /**
     * Marks a reminder sent together with its mails (guarded, so a second run sends none). The
     * 1-day reminder also settles a 7-day one that never went (a meeting dated less than a week
     * ahead), so nobody hears twice in one day.
     */
    async remind(meeting: Meeting, lead: 7 | 1, mails: (placed: Registration[]) => CompiledQuery[]): Promise<boolean> {
      const placed = (await registrations(meeting.id)).filter((r) => r.status === 'registered');
      const at = now().toISOString();
      const settle7d = lead === 1
        ? [db.updateTable('meeting').set({ reminded_7d_at: at }).where('event_id', '=', meeting.id).where('reminded_7d_at', 'is', null).compile()] : [];
      try {
        await run([...bump(meeting, lead === 7 ? { reminded_7d_at: at } : { reminded_1d_at: at }), ...settle7d, ...mails(placed)]);
        return true;
      } catch (error) {
        if (error instanceof MeetingRefusal) return false;
        throw error;
      }
    },
  };
}

/** The meetings' store. */
export type MeetingStore = ReturnType<typeof createMeetingStore>;
