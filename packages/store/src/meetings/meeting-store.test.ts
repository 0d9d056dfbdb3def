/**
 * Meetings behave alike on SQLite, PostgreSQL and D1: per-organisation capacity, the waiting
 * list promoted in order, the deadline, SEQUENCE rising on a move, and mails committed with the change.
 */
import { describe, expect, it } from 'vitest';
import { createMailQueue } from '../mail-queue/mail-queue.ts';
import { BACKENDS } from '../testing/backends.ts';
import { createMeetingStore, MeetingRefusal } from './meeting-store.ts';
import type { MeetingInput } from './meeting-types.ts';

const T0 = new Date('2027-03-01T10:00:00Z');
const input: MeetingInput = {
  title: { en: 'General assembly' }, text: { en: 'Yearly' }, capacity: { total: 2, perMember: 1 },
  registrationDeadline: '2027-04-01T00:00:00Z', online: true, place: 'Brussels', timeZone: 'Europe/Brussels',
  startsAt: null, endsAt: null, tentative: '2027-autumn',
};
const person = (memberId: string, name: string) => ({
  memberId, name, email: `${name.toLowerCase()}@example.org`, attendance: 'in-person' as const, languages: ['de'], accessibility: null, registeredBy: 'u1',
});

describe.each(BACKENDS)('meetings on $name', (backend) => {
  it('keeps the organisation share, promotes the waiting list in order and mails in the same batch', async () => {
    const store = await backend.fresh();
    let now = T0;
    const meetings = createMeetingStore(store.db, { now: () => now, writeBatch: store.write });
    const queue = createMailQueue(store.db, { now: () => now });
    const mail = (to: string) => queue.enqueueStatements({ recipient: to, subject: 's', text: 't' }).statements;
    const m = await meetings.create(input);
    const reg = (memberId: string, name: string) => meetings.register(m.id, person(memberId, name), (_m, r) => mail(r.email));
    const ana = await reg('m1', 'Ana');
    const bea = await reg('m1', 'Bea');
    const cem = await reg('m2', 'Cem');
    const dan = await reg('m3', 'Dan');
    expect([ana.status, bea.status, cem.status, dan.status]).toEqual(['registered', 'waiting', 'registered', 'waiting']);
    const promoted = await meetings.cancelRegistration(m.id, ana.id, (_m, p) => p.flatMap((r) => mail(r.email)));
    expect(promoted.map((r) => r.name)).toEqual(['Bea']);
    expect((await queue.list()).map((q) => q.recipient).sort()).toEqual(['ana@example.org', 'bea@example.org', 'bea@example.org', 'cem@example.org', 'dan@example.org']);
    now = new Date('2027-04-02T00:00:00Z');
    await expect(reg('m4', 'Eve')).rejects.toEqual(new MeetingRefusal('deadline-passed'));
  });

  it('raises SEQUENCE on a move, keeps the UID, refuses a raced change and reminds once', async () => {
    const store = await backend.fresh();
    const meetings = createMeetingStore(store.db, { now: () => T0, writeBatch: store.write });
    const m = await meetings.create(input);
    const fixed = await meetings.update(m.id, { ...input, tentative: null, startsAt: '2027-03-05T09:00:00Z', endsAt: '2027-03-05T17:00:00Z' }, () => []);
    expect([fixed.sequence, fixed.icalUid]).toEqual([1, m.icalUid]);
    const retitled = await meetings.update(m.id, { ...input, title: { en: 'GA' }, tentative: null, startsAt: fixed.startsAt, endsAt: fixed.endsAt }, () => []);
    expect(retitled.sequence).toBe(1);
    await expect(meetings.register(m.id, person('m1', 'Ana'), () => []).then(async () =>
      meetings.update(m.id, input, () => []).then(() => meetings.cancel(m.id, () => [])))).resolves.toMatchObject({ status: 'cancelled', sequence: 3 });
    const again = await meetings.create({ ...input, tentative: null, startsAt: '2027-03-05T09:00:00Z' });
    const [due] = await meetings.dueReminders(7);
    expect(due?.id).toBe(again.id);
    expect(await meetings.remind(due!, 7, () => [])).toBe(true);
    expect(await meetings.remind(due!, 7, () => [])).toBe(false);
    expect(await meetings.dueReminders(7)).toEqual([]);
  });
});
