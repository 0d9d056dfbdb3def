/**
 * The digest job (issue 13): per person, per kind, what is new since the watermark; kinds due by
 * their cadence in the person's time zone go into one mail in the person's language, which is
 * queued in the mail queue IN THE SAME BATCH that advances those kinds' watermarks. A crash
 * before the batch loses nothing (the next run finds the same items), one after it sends the mail
 * (the queue is durable) and finds nothing new: no digest is lost or doubled. Empty digests are
 * never queued. Runs in the Node server every few minutes and from the Worker's Cron Trigger;
 * two runs at once (two servers, overlapping Cron runs) still queue one mail per period: the
 * batch first checks, under the watermark rows' locks, that they are as the digest read them.
 */
import { NOTIFICATION_KINDS, type NotificationCadence, type NotificationKind } from '@thb/schema';
import type { WriteBatch } from '@thb/store';
import type { MailQueue } from '@thb/store/mail-queue';
import type { NewsItem, Notifications, NotifiedPerson, Watermark } from '@thb/store/notifications';
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
export interface DigestRunResult {
  people: number; queued: number; queuedIds: string[];
  /** Digests this run built but another run at the same time queued first (so this one did not). */
  superseded: number;
}

/** The cadence a mail of these kinds is named after: the slowest of them. */
function mailCadence(cadences: readonly NotificationCadence[]): Exclude<NotificationCadence, 'off'> {
  if (cadences.includes('weekly')) return 'weekly';
  if (cadences.includes('daily')) return 'daily';
  return 'immediate';
}

/** One person's digest, ready to commit. */
export interface BuiltDigest {
  /** The queued mail's id. */
  id: string;
  statements: CompiledQuery[];
  /** The watermarks it was built from, by kind. */
  read: Partial<Record<NotificationKind, Watermark>>;
}

/** What a run reads once for everyone: each person's watermarks, and each kind's news. */
export interface DigestRunReads {
  marks: Map<string, Partial<Record<NotificationKind, Watermark>>>;
  news: (kind: NotificationKind, since: string, person: NotifiedPerson) => Promise<NewsItem[]>;
}

/** People whose digests commit in one batch; a batch that fails is written again person by person. */
const WRITE_GROUP = 50;

/** The reads of a run over these people: one of the watermarks, one per kind of news. */
async function runReads(notifications: Notifications, people: readonly NotifiedPerson[]): Promise<DigestRunReads> {
  const marks = await notifications.allWatermarks();
  const earliest: Partial<Record<NotificationKind, string>> = {};
  for (const person of people) {
    for (const kind of NOTIFICATION_KINDS) {
      if (person.preferences.kinds[kind].cadence === 'off') continue;
      const since = marks.get(person.id)?.[kind]?.seenUntil ?? person.joinedAt;
      const known = earliest[kind];
      if (known === undefined || since < known) earliest[kind] = since;
    }
  }
  return { marks, news: await notifications.newsReader(earliest) };
}

/** The digest of one person now, or null when nothing is due; `reads` are the run's shared reads. */
export async function buildDigest(
  options: DigestJobOptions, person: NotifiedPerson, at: Date, reads: DigestRunReads,
): Promise<BuiltDigest | null> {
  const { notifications } = options;
  const marks = reads.marks.get(person.id) ?? {};
  const { preferences } = person;
  const sections: Array<{ kind: NotificationKind; items: NewsItem[] }> = [];
  const cadences: NotificationCadence[] = [];
  const claims: CompiledQuery[] = [];
  const advance: CompiledQuery[] = [];
  const read: BuiltDigest['read'] = {};
  const sentAt = at.toISOString();
  for (const kind of NOTIFICATION_KINDS) {
    const { cadence } = preferences.kinds[kind];
    if (cadence === 'off') continue;
    const mark = marks[kind];
    const since = mark?.seenUntil ?? person.joinedAt;
    // Items stamped after `at` wait for the next run, so the watermark never skips one.
    const items = (await reads.news(kind, since, person)).filter((item) => item.at <= sentAt);
    if (!isDue(cadence, at, mark?.lastSentAt ? new Date(mark.lastSentAt) : null, preferences.timeZone, items.length > 0)) continue;
    sections.push({ kind, items });
    cadences.push(cadence);
    read[kind] = { seenUntil: since, lastSentAt: mark?.lastSentAt ?? null };
    claims.push(...notifications.claimStatements(person.id, kind, read[kind]));
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
  return { id: queued.id, statements: [...claims, ...queued.statements, ...advance], read };
}

/** Whether any of the person's watermarks is no longer as `read`. */
async function movedSince(notifications: Notifications, personId: string, read: BuiltDigest['read']): Promise<boolean> {
  const now = await notifications.watermarks(personId);
  return Object.entries(read).some(([kind, mark]) => {
    const current = now[kind as NotificationKind];
    // No row yet: no run has sent this kind to the person, so the failure was a real one.
    return current !== undefined && (current.seenUntil !== mark.seenUntil || current.lastSentAt !== mark.lastSentAt);
  });
}

/**
 * One run over everyone: each person's digest and watermarks commit together (several people's in
 * one batch; when such a batch fails, each of its people's is written alone). One person's failure
 * is logged and does not stop the others. What is new is read once for everyone, not per person.
 * @example await runDigests({ notifications, queue, write: store.write, secret, publicUrl }, new Date());
 */
export async function runDigests(options: DigestJobOptions, at: Date): Promise<DigestRunResult> {
  const people = await options.notifications.people();
  const reads = await runReads(options.notifications, people);
  const queuedIds: string[] = [];
  const failed = (person: NotifiedPerson, error: unknown) => (options.logger ?? console).error(`Digest for person ${person.id} failed`, error);
  let superseded = 0;
  let group: Array<{ person: NotifiedPerson; digest: BuiltDigest }> = [];
  const flush = async () => {
    const written = group;
    group = [];
    if (written.length === 0) return;
    try {
      await options.write(written.flatMap(({ digest }) => digest.statements));
      queuedIds.push(...written.map(({ digest }) => digest.id));
      return;
    } catch {
      // One of them could not be written (or another run sent it): each alone, so the others still go.
    }
    for (const { person, digest } of written) {
      try {
        await options.write(digest.statements);
        queuedIds.push(digest.id);
      } catch (error) {
        // Another run sent this digest meanwhile (the batch's check failed): nothing is lost or doubled.
        if (await movedSince(options.notifications, person.id, digest.read).catch(() => false)) superseded += 1;
        else failed(person, error);
      }
    }
  };
  for (const person of people) {
    try {
      const digest = await buildDigest(options, person, at, reads);
      if (digest) group.push({ person, digest });
    } catch (error) {
      failed(person, error);
    }
    if (group.length >= WRITE_GROUP) await flush();
  }
  await flush();
  return { people: people.length, queued: queuedIds.length, queuedIds, superseded };
}
