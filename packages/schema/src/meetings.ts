/**
 * Platform meetings (issue 13): the secretariat's meetings, fixed or tentative ("autumn 2027"),
 * and the named participants an organisation registers, with a waiting list. Participants are
 * never public: only the secretariat's and the registering organisation's answers carry them.
 */
import * as z from 'zod';
import { Email, IsoDateTime, LanguageCode, LocalizedText, TimeZone } from './common.ts';

/** A meeting's or a registration's id. */
export const MeetingId = z.uuid().meta({ description: 'Opaque id' });

/** A tentative date: a year with a season or a month, e.g. `2027-autumn` or `2027-10`. */
export const TentativeDate = z.string().regex(/^\d{4}-(spring|summer|autumn|winter|0[1-9]|1[0-2])$/)
  .meta({ description: 'Year and season (`2027-autumn`) or month (`2027-10`)', example: '2027-autumn' });

/** The meeting's fields as the secretariat sets them. */
export const MeetingInput = z.strictObject({
  title: LocalizedText,
  text: LocalizedText,
  capacity: z.strictObject({ total: z.int().min(1).max(100_000), perMember: z.int().min(1).max(100_000).nullable().default(null) }),
  registrationDeadline: IsoDateTime.nullable().default(null),
  online: z.boolean().default(false),
  place: z.string().trim().min(1).max(300).nullable().default(null),
  timeZone: TimeZone,
  startsAt: IsoDateTime.nullable().default(null),
  endsAt: IsoDateTime.nullable().default(null),
  tentative: TentativeDate.nullable().default(null),
}).refine((m) => (m.startsAt === null) !== (m.tentative === null), { message: 'give either startsAt or tentative', path: ['startsAt'] })
  .refine((m) => m.startsAt === null || m.endsAt === null || Date.parse(m.endsAt) > Date.parse(m.startsAt), { message: 'endsAt must be after startsAt', path: ['endsAt'] })
  .meta({ id: 'MeetingInput' });
export type MeetingInput = z.infer<typeof MeetingInput>;

/** `POST /v1/meetings/{id}/date`: fix a tentative date, or move a fixed one. */
export const MeetingDate = z.strictObject({
  startsAt: IsoDateTime, endsAt: IsoDateTime, place: z.string().trim().min(1).max(300).nullable().optional(),
}).refine((d) => Date.parse(d.endsAt) > Date.parse(d.startsAt), { message: 'endsAt must be after startsAt', path: ['endsAt'] })
  .meta({ id: 'MeetingDate' });

/** A meeting as the API returns it: never its participants. */
export const Meeting = z.strictObject({
  id: MeetingId, title: LocalizedText, text: LocalizedText,
  capacity: z.strictObject({ total: z.int(), perMember: z.int().nullable() }),
  registrationDeadline: IsoDateTime.nullable(), online: z.boolean(), place: z.string().nullable(), timeZone: TimeZone,
  startsAt: IsoDateTime.nullable(), endsAt: IsoDateTime.nullable(), tentative: TentativeDate.nullable(),
  status: z.enum(['planned', 'cancelled']), sequence: z.int().meta({ description: 'iCalendar SEQUENCE of the last mailed change' }),
}).meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

/** A list of meetings. */
export const MeetingList = z.strictObject({ items: z.array(Meeting) }).meta({ id: 'MeetingList' });

/** What an organisation's owner or editor sends to register one person. */
export const RegistrationInput = z.strictObject({
  memberId: z.string().min(1).max(100).meta({ description: 'The organisation (member id) the person comes for' }),
  name: z.string().trim().min(1).max(200),
  email: Email,
  attendance: z.enum(['in-person', 'online']).default('in-person'),
  languages: z.array(LanguageCode).max(10).default([]).meta({ description: 'Languages the person needs interpretation into' }),
  accessibility: z.string().trim().max(1000).nullable().default(null),
}).meta({ id: 'RegistrationInput' });
export type RegistrationInput = z.infer<typeof RegistrationInput>;

/** A registration: a place, the waiting list, or cancelled. */
export const Registration = z.strictObject({
  id: MeetingId, meetingId: MeetingId, memberId: z.string(), name: z.string(), email: z.string(),
  attendance: z.enum(['in-person', 'online']), languages: z.array(z.string()), accessibility: z.string().nullable(),
  status: z.enum(['registered', 'waiting', 'cancelled']), position: z.int(), createdAt: IsoDateTime,
}).meta({ id: 'Registration' });
export type Registration = z.infer<typeof Registration>;

/** Registrations, in registration order. */
export const RegistrationList = z.strictObject({ items: z.array(Registration) }).meta({ id: 'RegistrationList' });
