/** The mail queue's types: what is queued, what a deliverer claims, what an operator lists. */
import type { CompiledQuery } from 'kysely';

/** A small text file a mail carries, such as an invitation's `invite.ics`. */
export interface MailAttachment {
  filename: string;
  /** The full type with its parameters, e.g. `text/calendar; method=REQUEST; charset=UTF-8`. */
  contentType: string;
  content: string;
}

/** One message to queue, already in the recipient's language. */
export interface MailToQueue {
  /** Exactly one address (`Name <address>` or `address`); the transport checks it. */
  recipient: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** Extra headers, such as `List-Unsubscribe`. */
  headers?: Readonly<Record<string, string>> | undefined;
  attachments?: readonly MailAttachment[] | undefined;
}

/** A mail a deliverer holds: send it, then `markSent` or `markFailed` with this claim. */
export interface ClaimedMail extends MailToQueue {
  id: string;
  /** Which delivery this is (1 for the first); it is also the claim, which a later claim supersedes. */
  attempt: number;
  createdAt: string;
  /**
   * When the claim runs out and another deliverer may take the mail: a deliverer must not start
   * sending it after this (the other one may be sending it already).
   */
  claimedUntil: string;
}

/** Where a queued mail stands: waiting (also while being sent or retried), sent, or given up. */
export type QueuedMailStatus = 'waiting' | 'sent' | 'failed';

/** A queued mail as an operator sees it; never its body, which may hold a live sign-in link. */
export interface QueuedMailInfo {
  id: string;
  recipient: string;
  subject: string;
  status: QueuedMailStatus;
  createdAt: string;
  attempts: number;
  /** When it is tried (again); null once sent or given up. */
  nextAttemptAt: string | null;
  sentAt: string | null;
  /** Why the last attempt failed, as the transport said it. */
  lastError: string | null;
}

/** How failed deliveries are retried. */
export interface MailRetryPolicy {
  /** The wait after the first failure; it doubles with each further one. */
  firstDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
  /** A mail still unsent this long after it was queued is given up (its row and error stay). */
  giveUpAfterMs: number;
}

/** Options of {@link MailQueue}. */
export interface MailQueueOptions {
  /** The clock of every time the queue writes; tests move it. */
  now?: (() => Date) | undefined;
  /**
   * How long a claim holds before another deliverer may take the mail again: a deliverer that
   * died while sending leaves its mails to the next one after this (so a mail may go twice,
   * never not at all).
   */
  claimMs?: number | undefined;
  retry?: Partial<MailRetryPolicy> | undefined;
}

/** The durable mail queue on the store's database. */
export interface MailQueue {
  /**
   * The statement that queues a mail, to run in a batch with a write (`store.writes.commit`'s
   * `alsoCommit`), so the write and its mail commit together or not at all.
   */
  enqueueStatements(mail: MailToQueue): { id: string; statements: CompiledQuery[] };
  /** Queues a mail on its own; resolves once the row is committed. @returns its id */
  enqueue(mail: MailToQueue): Promise<string>;
  /**
   * Takes up to `limit` due mails, oldest first, each by a conditional update, so two deliverers
   * never hold the same mail at once.
   */
  claimDue(limit?: number): Promise<ClaimedMail[]>;
  /** Records the mail as sent and drops its body. @returns false when it was already marked sent */
  markSent(claim: Pick<ClaimedMail, 'id' | 'attempt'>): Promise<boolean>;
  /**
   * Records a failed attempt: the mail is tried again after a backoff, or given up once it is
   * older than the policy allows. A claim that a later one superseded changes nothing.
   * @returns when it is tried again; null when it was given up or the claim was superseded
   */
  markFailed(claim: Pick<ClaimedMail, 'id' | 'attempt'>, error: string): Promise<string | null>;
  /** The earliest time a waiting mail is due, or null when none waits. */
  nextDueAt(): Promise<string | null>;
  /** Queued mails for an operator, newest first. */
  list(filter?: { status?: QueuedMailStatus | undefined; limit?: number | undefined }): Promise<QueuedMailInfo[]>;
}
