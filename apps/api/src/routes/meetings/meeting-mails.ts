/**
 * The meeting mails: each in the participant's language (the first of their interpretation
 * languages we have words for, else English, since a registration keeps no mail language), through
 * the shared layout, with `invite.ics` once the meeting has a fixed date.
 */
import { fillTemplate } from '@thb/text/templates';
import type { Meeting, Registration } from '@thb/store/meetings';
import type { Mail } from '../../mail/mailer.ts';
import { composeMail, oneLine } from '../../mail/templates/mail-layout.ts';
import { mailStrings } from '../../mail/templates/mail-strings.ts';
import { formatInstant } from '../../mail/templates/portal-mails.ts';
import { meetingInvite, type MeetingOrganizer } from './meeting-calendar.ts';
import { meetingMailStrings, tentativeLabel, type MeetingMailStrings } from './meeting-mail-strings.ts';

/** What every meeting mail needs besides the meeting and the person. */
export interface MeetingMailContext { organizer: MeetingOrganizer; meetingUrl: (meetingId: string) => string }

/** Which mail. */
export type MeetingMailKind = Exclude<keyof MeetingMailStrings, 'action' | 'calendarNote'>;

/** The language a participant's mails are in. */
export function participantLanguage(person: Pick<Registration, 'languages'>): string {
  return person.languages.find((l) => ['en', 'de', 'fr'].includes(l.slice(0, 2))) ?? 'en';
}

/** When, in words: the fixed start in the meeting's zone, or the tentative season or month. */
function when(meeting: Meeting, language: 'en' | 'de' | 'fr'): string {
  if (meeting.startsAt) return formatInstant(meeting.startsAt, language, meeting.timeZone);
  return meeting.tentative ? tentativeLabel(meeting.tentative, language) : '';
}

/** Which mails carry a calendar file, and with which METHOD. */
const CALENDAR: Partial<Record<MeetingMailKind, 'request' | 'cancel'>> = {
  registered: 'request', promoted: 'request', invitation: 'request', update: 'request', reminder: 'request',
  cancelled: 'cancel', registrationCancelled: 'cancel',
};

/**
 * One mail to one participant.
 * @example meetingMail('invitation', meeting, registration, context)
 */
export function meetingMail(kind: MeetingMailKind, meeting: Meeting, person: Registration, context: MeetingMailContext): Mail {
  const { language, strings } = meetingMailStrings(participantLanguage(person));
  const title = oneLine(meeting.title[language] ?? meeting.title.en ?? Object.values(meeting.title)[0] ?? '');
  const values = { meeting: title, when: when(meeting, language) };
  // A waiting person holds no place: their calendar gets no event, only the notice.
  const method = person.status !== 'waiting' && meeting.startsAt ? CALENDAR[kind] : undefined;
  const mail = composeMail({
    to: `${oneLine(person.name).replace(/[<>",;]/g, '')} <${person.email}>`, language, strings: mailStrings(language).strings,
    subject: fillTemplate(strings[kind].subject, values), blocks: [fillTemplate(strings[kind].body, values)],
    action: { label: strings.action, url: context.meetingUrl(meeting.id) }, notes: method ? [strings.calendarNote] : [],
  });
  return method ? { ...mail, attachments: [meetingInvite(meeting, person, method, context.organizer, language)] } : mail;
}
