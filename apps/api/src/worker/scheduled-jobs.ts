/**
 * What the Worker's Cron Trigger runs (`[triggers] crons` in wrangler.toml): the purge of records
 * deleted more than 30 days ago, the portal's jobs (mails for calls that opened, the yearly entry
 * checks, the notification digests, the meeting reminders), the due webhook deliveries and, last, the delivery of every due mail, those the jobs just queued and those whose
 * earlier attempts failed. Each job runs even if another failed; the run then fails with all
 * their errors, so Cloudflare shows it as failed.
 */
import type { KyselyPlatformStore } from '@thb/store';
import type { Accounts } from '../auth/accounts.ts';
import type { Logger } from '../lib/types.ts';
import { runDigests, type DigestJobOptions } from '../notifications/digest-job.ts';
import { runPortalJobs, type PortalOptions } from '../routes/calls/index.ts';
import { runMeetingReminders, type MeetingReminderOptions } from '../routes/meetings/meeting-reminders.ts';
import { purgeDeleted } from '../routes/writes/purge-deleted.ts';
import { deliverWebhooks, type DeliverWebhooksOptions } from '../webhooks/index.ts';
import type { WorkerMail } from './mail/worker-mail.ts';

/** What the jobs work on: the isolate's store, and what it has of accounts, portal and mail. */
export interface ScheduledParts {
  store: KyselyPlatformStore;
  accounts?: Accounts | undefined;
  portal?: PortalOptions | undefined;
  mail?: WorkerMail | undefined;
  /**
   * Webhook deliveries over the Worker's `fetch`: the URL is checked at each attempt (https, no IP
   * literal outside the public internet), not the addresses a name resolves to, which a Worker
   * cannot see; Cloudflare's network does not route a Worker's fetch to private addresses.
   */
  webhooks?: (DeliverWebhooksOptions & { queue: Parameters<typeof deliverWebhooks>[0] }) | undefined;
  /** The notification digests (issue 13), when mail, accounts and AUTH_SECRET are there. */
  digests?: DigestJobOptions | undefined;
  /** The meeting reminders (issue 13), when mail and a public address are there. */
  meetings?: MeetingReminderOptions | undefined;
  logger: Logger;
}

/**
 * One cron run.
 * @throws AggregateError with the error of each job that failed
 * @example await runScheduledJobs(parts, new Date());
 */
export async function runScheduledJobs(parts: ScheduledParts, at: Date): Promise<void> {
  const jobs: Array<[string, () => Promise<unknown>]> = [['purging deleted records', () => purgeDeleted(parts.store, at)]];
  const { portal, mail } = parts;
  if (portal) jobs.push(['the portal\'s jobs', () => runPortalJobs(portal, parts.store, parts.accounts, at, parts.logger)]);
  const { digests } = parts;
  if (digests) jobs.push(['the notification digests', () => runDigests(digests, at)]);
  const { meetings } = parts;
  if (meetings) jobs.push(['the meeting reminders', () => runMeetingReminders(meetings)]);
  const errors: unknown[] = [];
  for (const [name, job] of jobs) {
    await job().catch((error: unknown) => {
      parts.logger.error(`Scheduled run: ${name} failed`, error);
      errors.push(error);
    });
  }
  // Webhooks before mail, so the mail telling owners of a disabled endpoint goes in this run.
  const { webhooks } = parts;
  if (webhooks) {
    await deliverWebhooks(webhooks.queue, webhooks).catch((error: unknown) => {
      parts.logger.error('Scheduled run: webhook delivery stopped', error);
      errors.push(error);
    });
  }
  // After the jobs, so the mails they queued go in this run.
  if (mail) {
    await mail.deliver().catch((error: unknown) => {
      parts.logger.error('Scheduled run: mail delivery stopped', error);
      errors.push(error);
    });
  }
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} scheduled job(s) failed`);
}
