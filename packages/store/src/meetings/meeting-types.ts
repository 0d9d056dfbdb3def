/** The meetings' rows (migrations 0010 and 0013) and what the store hands out. */
import type { MeetingCapacity } from './placement.ts';

/** A row of `meeting`; `event_id` is the meeting's own id since 0013. */
export interface MeetingRow {
  event_id: string; title: string; body: string; capacity_total: number; capacity_per_member: number | null;
  registration_deadline: string | null; online: number; place: string | null; time_zone: string;
  starts_at: string | null; ends_at: string | null; tentative: string | null; status: string;
  ical_uid: string; ical_sequence: number; revision: number; created_at: string; updated_at: string;
  reminded_7d_at: string | null; reminded_1d_at: string | null;
}

/** A row of `meeting_registration`. */
export interface RegistrationRow {
  id: string; event_id: string; member_id: string; name: string; email: string; attendance: string; languages: string;
  accessibility: string | null; status: string; position: number; registered_by: string; created_at: string; updated_at: string;
}

/** The tables, for a Kysely typed on them. */
export interface MeetingDatabase { meeting: MeetingRow; meeting_registration: RegistrationRow }

/** What the secretariat sets. A tentative meeting has `tentative` ("2027-autumn", "2027-10") and no start. */
export interface MeetingInput {
  title: Record<string, string>; text: Record<string, string>; capacity: MeetingCapacity; registrationDeadline: string | null;
  online: boolean; place: string | null; timeZone: string; startsAt: string | null; endsAt: string | null; tentative: string | null;
}

/** A meeting as the store hands it out. */
export interface Meeting extends MeetingInput {
  id: string; status: 'planned' | 'cancelled'; icalUid: string; sequence: number; revision: number;
}

/** A named participant an organisation registers. */
export interface RegistrationInput {
  memberId: string; name: string; email: string; attendance: 'in-person' | 'online'; languages: string[];
  accessibility: string | null; registeredBy: string;
}

/** A registration as the store hands it out. */
export interface Registration extends Omit<RegistrationInput, 'registeredBy'> {
  id: string; meetingId: string; status: 'registered' | 'waiting' | 'cancelled'; position: number; createdAt: string;
}
