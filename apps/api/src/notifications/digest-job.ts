/**
 * The digest job (issue 13): per person, per kind, what is new since the watermark; kinds due by
 * their cadence in the person's time zone go into one mail in the person's language, which is
 * queued in the mail queue IN THE SAME BATCH that advances those kinds' watermarks. A crash
 * before the batch loses nothing (the next run finds the same items), one after it sends the mail
 * (the queue is durable) and finds nothing new: no digest is lost or doubled. Empty digests are
 * never queued. Runs in the Node server every few minutes and from the Worker's Cron Trigger.
 */
import { NOTIFICATION_KINDS, type NotificationCadence, type NotificationKind } from '@thb/schema';
import type { WriteBatch } from '@thb/store';
import type { MailQueue } from '@thb/store/mail-queue';
import type { NewsItem, Notifications, NotifiedPerson } from '@thb/store/notifications';
import type { CompiledQuery } from 'kysely';
import type { Logger } from '../lib/types.ts';
import { digestMail } from './digest-mail.ts';
import { isDue } from './due.ts';
import { unsubscribeToken } from './unsubscribe-token.ts';

/** Where the settings screen is, relative to the public URL. */
export const NOTIFICATION_SETTINGS_PAGE = '/portal/#/notifications';
export const UNSUBSCRIBE_PATH = '/v1/notifications/unsubscribe';

/** What {@link runDigests} needs. */
export interface DigestJobOptions {
  notifications: Notifications;
  queue: Pick<MailQueue, 'enqueueStatements'>;
  /** The store's atomic batch (`store.write`). */
  write: WriteBatch;
  /** `AUTH_SECRET`: signs the unsubscribe tokens. */
  secret: string;
  /** The platform's public address; links in the mail start with it. */
  publicUrl: string;
  unsubscribeMailto?: string | undefined;
  logger?: Logger | undefined;
}

/** What one run did. */
export interface DigestRunResult { people: number; queued: number; queuedIds: string[] }

/** The cadence a mail of these kinds is named after: the slowest of them. */
function mailCadence(cadences: readonly NotificationCadence[]): Exclude<NotificationCadence, 'off'> {
  if (cadences.includes('weekly')) return 'weekly';
  if (cadences.includes('daily')) return 'daily';
  return 'immediate';
}

/** The digest of one person now, or null when nothing is due. */
export async function buildDigest(options: DigestJobOptions, person: NotifiedPerson, at: Date): Promise<{ id: string; statements: CompiledQuery[] } | null> {
  const { notifications } = options;
  const marks = await notifications.watermarks(person.id);
  const { preferences } = person;
  const sections: Array<{ kind: NotificationKind; items: NewsItem[] }> = [];
  const cadences: NotificationCadence[] = [];
  const advance: CompiledQuery[] = [];
  const sentAt = at.toISOString();
  for (const kind of NOTIFICATION_KINDS) {
    const { cadence } = preferences.kinds[kind];
    if (cadence === 'off') continue;
    const mark = marks[kind];
    const since = mark?.seenUntil ?? person.joinedAt;
    // Items stamped after `at` wait for the next run, so the watermark never skips one.
    const items = (await notifications.newsSince(kind, since, person)).filter((item) => item.at <= sentAt);
    if (!isDue(cadence, at, mark?.lastSentAt ? new Date(mark.lastSentAt) : null, preferences.timeZone, items.length > 0)) continue;
    sections.push({ kind, items });
    cadences.push(cadence);
    const newest = items.reduce((max, item) => (item.at > max ? item.at : max), since);
    advance.push(notifications.advanceStatement(person.id, kind, newest, sentAt));
  }
  if (sections.length === 0) return null;
  const base = options.publicUrl.replace(/\/+$/, '');
  const token = await unsubscribeToken(options.secret, person.id, sections.map((s) => s.kind));
  const mail = digestMail({
    to: person.email, language: preferences.language, cadence: mailCadence(cadences), sections,
    settingsUrl: `${base}${NOTIFICATION_SETTINGS_PAGE}`,
    unsubscribeUrl: `${base}${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`,
    unsubscribeMailto: options.unsubscribeMailto,
  });
  const queued = options.queue.enqueueStatements({ recipient: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
  return { id: queued.id, statements: [...queued.statements, ...advance] };
}

/**
 * One run over everyone: each person's digest and watermarks commit together. One person's
 * failure is logged and does not stop the others.
 * @example await runDigests({ notifications, queue, write: store.write, secret, publicUrl }, new Date());
 */
export async function runDigests(options: DigestJobOptions, at: Date): Promise<DigestRunResult> {
  const people = await options.notifications.people();
  const queuedIds: string[] = [];
  for (const person of people) {
    try {
      const digest = await buildDigest(options, person, at);
      if (!digest) continue;
      await options.write(digest.statements);
      queuedIds.push(digest.id);
    } catch (error) {
      (options.logger ?? console).error(`Digest for person ${person.id} failed`, error);
    }
  }
  return { people: people.length, queued: queuedIds.length, queuedIds };
}
