/**
 * The meeting reminders (issue 13): everyone with a place hears 7 days and 1 day before a fixed
 * meeting, in their language, with the meeting's invite.ics. Each meeting's reminder mails are
 * queued in the same batch that marks that reminder sent, guarded by the meeting's revision: a
 * crash before the batch sends nothing and the next run finds the meeting again, one after it
 * has committed mails (the outbox is durable) and a marked meeting, and two runs at once commit
 * one batch. No reminder is lost or doubled. Runs in the Node server on a timer and from the
 * Worker's Cron Trigger.
 */
import { platformLink } from '../calls/portal-options.ts';
import { meetingMail, type MeetingMailContext } from './meeting-mails.ts';
import type { MeetingOptions } from './meetings.ts';

/** What the job needs: the meeting options the routes take (store, queueing mailer, links, organizer). */
export type MeetingReminderOptions = Pick<MeetingOptions, 'store' | 'mailer' | 'publicUrl' | 'organizer'>;

/** What one run did: the reminders it marked sent and the mails it queued with them. */
export interface MeetingReminderResult { reminders: number; queued: number }

/** How often the Node server looks for due reminders: they are due by the day, so hourly is plenty. */
export const MEETING_REMINDER_EVERY_MS = 60 * 60 * 1000;

/** The links and the ORGANIZER every meeting mail carries. */
export function meetingMailContext(options: Pick<MeetingOptions, 'publicUrl' | 'organizer'>): MeetingMailContext {
  return { organizer: options.organizer, meetingUrl: (id) => platformLink(options.publicUrl, '/portal/', { meeting: id }) };
}

/**
 * Queues the due reminders, the 1-day ones first: that batch also settles a 7-day reminder that
 * never went (a meeting dated less than a week ahead), so nobody gets two in one day.
 * @example const { queued } = await runMeetingReminders(options); if (queued > 0) delivery.kick();
 */
export async function runMeetingReminders(options: MeetingReminderOptions): Promise<MeetingReminderResult> {
  const context = meetingMailContext(options);
  const { store, mailer } = options;
  const result: MeetingReminderResult = { reminders: 0, queued: 0 };
  for (const lead of [1, 7] as const) {
    // Read after the 1-day pass: those batches marked (and re-revisioned) the meetings they reminded.
    for (const meeting of await store.dueReminders(lead)) {
      let count = 0;
      const sent = await store.remind(meeting, lead, (placed) => {
        count = placed.length;
        return mailer.enqueueStatements(placed.map((person) => meetingMail('reminder', meeting, person, context)));
      });
      // False: another run (or a change) committed first, and this batch committed nothing.
      if (sent) {
        result.reminders += 1;
        result.queued += count;
      }
    }
  }
  if (result.queued > 0) mailer.queued();
  return result;
}
