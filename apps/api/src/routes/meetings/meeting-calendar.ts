/**
 * The iCalendar file of a meeting invitation (RFC 5546 iTIP), built with ical-generator: one
 * VEVENT with the meeting's stable UID and its SEQUENCE, the participant as the only ATTENDEE
 * (a mail never names the others), METHOD:REQUEST for an invitation or update, METHOD:CANCEL
 * when the meeting or the registration is cancelled.
 */
import ical, { escape, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Meeting, Registration } from '@thb/store/meetings';
import type { MailAttachment } from '../../mail/mailer.ts';

/** Who sends the invitations (ORGANIZER, required by iTIP for REQUEST and CANCEL). */
export interface MeetingOrganizer { name: string; email: string }

/**
 * The ORGANIZER named by a sender (`MAIL_FROM`): `Name <address>` or a bare address.
 * @example organizerOf('THB <no-reply@thb.example>') // { name: 'THB', email: 'no-reply@thb.example' }
 */
export function organizerOf(mailFrom: string): MeetingOrganizer {
  const sender = /^\s*"?(.*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return sender ? { name: sender[1] || sender[2]!, email: sender[2]! } : { name: mailFrom, email: mailFrom };
}

/**
 * The `invite.ics` attachment for one participant.
 * @example meetingInvite(meeting, registration, 'request', { name: 'THB', email: 'no-reply@thb.example' })
 */
export function meetingInvite(meeting: Meeting, person: Pick<Registration, 'name' | 'email'>, method: 'request' | 'cancel', organizer: MeetingOrganizer, language: string): MailAttachment {
  const calendar = ical({ prodId: { company: 'THB Platform Kit', product: 'meetings', language: 'EN' }, method: method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  const start = new Date(meeting.startsAt ?? Date.now());
  const end = meeting.endsAt ? new Date(meeting.endsAt) : new Date(start.getTime() + 60 * 60_000);
  calendar.createEvent({
    // The UID is ours (a uuid), but escaping it means no value can start a property line of its own.
    id: escape(meeting.icalUid, false),
    sequence: meeting.sequence,
    start, end,
    summary: meeting.title[language] ?? meeting.title.en ?? Object.values(meeting.title)[0] ?? '',
    description: meeting.text[language] ?? meeting.text.en ?? Object.values(meeting.text)[0] ?? '',
    location: meeting.place,
    status: method === 'cancel' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer,
    attendees: [{ name: person.name, email: person.email, rsvp: false, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.ACCEPTED }],
  });
  return {
    filename: 'invite.ics',
    contentType: `text/calendar; method=${method === 'cancel' ? 'CANCEL' : 'REQUEST'}; charset=UTF-8`,
    content: calendar.toString(),
  };
}
