/**
 * A durable mail queue in the store's own database: a mail is a committed row before anyone is
 * told it was sent, and a deliverer claims due rows by conditional updates, sends them and marks
 * them sent, or failed with an exponential backoff. At-least-once: a deliverer that dies after
 * sending but before marking leaves the mail to be sent again when its claim runs out.
 * Single statements only, so the same code runs on SQLite, PostgreSQL and D1.
 */
import type { Kysely } from 'kysely';
import type { MailQueueTable, StoreDatabase } from '../database.ts';
import type {
  ClaimedMail, MailAttachment, MailQueue, MailQueueOptions, MailRetryPolicy, MailToQueue, QueuedMailInfo, QueuedMailStatus,
} from './mail-queue-types.ts';

/** Retries after 15 s, 30 s, 1 min, … at most hourly, for three days. */
export const DEFAULT_MAIL_RETRY: MailRetryPolicy = {
  firstDelayMs: 15_000,
  maxDelayMs: 60 * 60_000,
  giveUpAfterMs: 3 * 24 * 60 * 60_000,
};

/** Long enough for any SMTP exchange (nodemailer's socket timeout is one minute). */
export const DEFAULT_MAIL_CLAIM_MS = 5 * 60_000;

/** An error message is kept for the operator, not a whole stack. */
const MAX_ERROR_LENGTH = 1000;

/** Sortable, unique ids: the time, then random characters. */
function mailId(at: string): string {
  const random = crypto.getRandomValues(new Uint8Array(6));
  return `${at.replace(/[-:.]/g, '')}-${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The wait before attempt `failed + 1`, after `failed` failed attempts.
 * @example retryDelayMs(3, DEFAULT_MAIL_RETRY) // 60_000
 */
export function retryDelayMs(failed: number, policy: MailRetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failed - 1));
}

function statusOf(row: Pick<MailQueueTable, 'sent_at' | 'next_attempt_at'>): QueuedMailStatus {
  if (row.sent_at !== null) return 'sent';
  return row.next_attempt_at === null ? 'failed' : 'waiting';
}

/**
 * The queue on a migrated store database (migration 0007).
 * @example
 * const queue = createMailQueue(store.db);
 * await queue.enqueue({ recipient: 'ana@example.org', subject: 'Hello', text: 'Hello, Ana' });
 * for (const mail of await queue.claimDue()) await queue.markSent(mail);
 */
export function createMailQueue(db: Kysely<StoreDatabase>, options: MailQueueOptions = {}): MailQueue {
  const now = options.now ?? (() => new Date());
  const claimMs = options.claimMs ?? DEFAULT_MAIL_CLAIM_MS;
  const policy: MailRetryPolicy = { ...DEFAULT_MAIL_RETRY, ...options.retry };
  const later = (ms: number) => new Date(now().getTime() + ms).toISOString();

  function enqueueStatements(mail: MailToQueue) {
    const at = now().toISOString();
    const id = mailId(at);
    const headers = mail.headers && Object.keys(mail.headers).length > 0 ? JSON.stringify(mail.headers) : null;
    const statement = db.insertInto('mail_queue').values({
      id, recipient: mail.recipient, subject: mail.subject, text: mail.text, html: mail.html ?? null, headers,
      attachments: mail.attachments && mail.attachments.length > 0 ? JSON.stringify(mail.attachments) : null,
      created_at: at, attempts: 0, next_attempt_at: at, sent_at: null, last_error: null,
    }).compile();
    return { id, statements: [statement] };
  }

  return {
    enqueueStatements,

    async enqueue(mail) {
      const { id, statements } = enqueueStatements(mail);
      for (const statement of statements) await db.executeQuery(statement);
      return id;
    },

    async claimDue(limit = 20) {
      const at = now().toISOString();
      const due = await db.selectFrom('mail_queue').selectAll()
        .where('next_attempt_at', '<=', at).where('sent_at', 'is', null)
        .orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
      const claimed: ClaimedMail[] = [];
      const claimedUntil = later(claimMs);
      for (const row of due) {
        const attempt = Number(row.attempts) + 1;
        // Only if nobody claimed it since we read it: the attempt count is the claim. On
        // PostgreSQL a concurrent claim of the same row waits for the row lock, then re-checks
        // this condition against the committed row and updates nothing, so one claim wins.
        const result = await db.updateTable('mail_queue')
          .set({ attempts: attempt, next_attempt_at: claimedUntil })
          .where('id', '=', row.id).where('attempts', '=', Number(row.attempts)).where('sent_at', 'is', null)
          .where('next_attempt_at', '<=', at)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) continue;
        claimed.push({
          id: row.id, attempt, createdAt: row.created_at, claimedUntil, recipient: row.recipient, subject: row.subject, text: row.text,
          ...(row.html === null ? {} : { html: row.html }),
          ...(row.headers === null ? {} : { headers: JSON.parse(row.headers) as Record<string, string> }),
          ...(row.attachments === null ? {} : { attachments: JSON.parse(row.attachments) as MailAttachment[] }),
        });
      }
      return claimed;
    },

    async markSent(claim) {
      // The body goes: it may hold a sign-in link, which a copy of the database must not keep.
      const result = await db.updateTable('mail_queue')
        .set({ sent_at: now().toISOString(), next_attempt_at: null, text: '', html: null, attachments: null, last_error: null })
        .where('id', '=', claim.id).where('sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async markFailed(claim, error) {
      const row = await db.selectFrom('mail_queue').select('created_at').where('id', '=', claim.id).executeTakeFirst();
      if (!row) return null;
      const age = now().getTime() - new Date(row.created_at).getTime();
      const next = age + retryDelayMs(claim.attempt, policy) > policy.giveUpAfterMs ? null : later(retryDelayMs(claim.attempt, policy));
      const result = await db.updateTable('mail_queue')
        .set({ next_attempt_at: next, last_error: error.slice(0, MAX_ERROR_LENGTH) })
        .where('id', '=', claim.id).where('attempts', '=', claim.attempt).where('sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? next : null;
    },

    async nextDueAt() {
      const row = await db.selectFrom('mail_queue').select('next_attempt_at')
        .where('next_attempt_at', 'is not', null).where('sent_at', 'is', null)
        .orderBy('next_attempt_at').limit(1).executeTakeFirst();
      return row?.next_attempt_at ?? null;
    },

    async list(filter = {}) {
      let query = db.selectFrom('mail_queue')
        .select(['id', 'recipient', 'subject', 'created_at', 'attempts', 'next_attempt_at', 'sent_at', 'last_error']);
      if (filter.status === 'sent') query = query.where('sent_at', 'is not', null);
      if (filter.status === 'waiting') query = query.where('sent_at', 'is', null).where('next_attempt_at', 'is not', null);
      if (filter.status === 'failed') query = query.where('sent_at', 'is', null).where('next_attempt_at', 'is', null);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit ?? 100).execute();
      return rows.map((row): QueuedMailInfo => ({
        id: row.id, recipient: row.recipient, subject: row.subject, status: statusOf(row), createdAt: row.created_at,
        attempts: Number(row.attempts), nextAttemptAt: row.next_attempt_at, sentAt: row.sent_at, lastError: row.last_error,
      }));
    },
  };
}
