/**
 * The webhook delivery outbox: a deliverer claims due rows by a conditional update (the attempt
 * count is the claim), so several processes on PostgreSQL never send one row at the same time;
 * every attempt is logged; failures are retried with exponential backoff for 24 hours; an endpoint
 * whose attempts keep failing is disabled, in one batch with the mail telling its owners of it.
 * Single statements and atomic batches only: SQLite, PostgreSQL and D1.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { DATA_VERSION_KEY, type StoreDatabase } from '../database.ts';
import { transactionBatch, type WriteBatch } from '../write.ts';
import { webhookTimeId } from './webhook-enqueue.ts';
import { toEndpoint, type WebhookEndpoint } from './webhook-endpoints.ts';

export interface WebhookRetryPolicy {
  /** The wait after the first failure; it doubles after each. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A delivery still failing this long after it was queued is given up. */
  giveUpAfterMs: number;
  /**
   * The endpoint is disabled after this many failed attempts in a row (over all its deliveries),
   * or as soon as one delivery is given up after `giveUpAfterMs` of failures.
   */
  disableAfterFailures: number;
}

/** 10 s, 20 s, 40 s, … at most hourly, for 24 hours; disabled after 30 failures in a row. */
export const DEFAULT_WEBHOOK_RETRY: WebhookRetryPolicy = {
  firstDelayMs: 10_000, maxDelayMs: 60 * 60_000, giveUpAfterMs: 24 * 60 * 60_000, disableAfterFailures: 30,
};

/** Longer than any attempt (each has a 15 s timeout), so a claim outlives its sender only if it died. */
export const DEFAULT_WEBHOOK_CLAIM_MS = 2 * 60_000;

/** A delivery a deliverer holds, with what it needs to send it. */
export interface ClaimedWebhook {
  id: string;
  attempt: number;
  eventKind: string;
  payload: string;
  createdAt: string;
  endpoint: WebhookEndpoint & { secret: string };
}

/** What one attempt came to. */
export interface WebhookAttemptResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  startedAt: string;
}

export interface WebhookFailureOutcome {
  /** When it is tried again; null when it was given up. */
  nextAttemptAt: string | null;
  /** The endpoint, when this failure disabled it (exactly one caller sees this per disabling). */
  disabledEndpoint: WebhookEndpoint | null;
}

/**
 * What a failure that disables an endpoint also commits: the statements (the owners' mail, queued
 * with `MailQueue.enqueueStatements`) for the endpoint as it will be once disabled. They commit in
 * the disabling batch, so a crash loses neither or both; they are asked for before it runs.
 */
export type DisabledEndpointStatements = (endpoint: WebhookEndpoint) => Promise<readonly CompiledQuery[]>;

export interface WebhookQueue {
  claimDue(limit?: number): Promise<ClaimedWebhook[]>;
  markDelivered(claim: ClaimedWebhook, result: WebhookAttemptResult): Promise<boolean>;
  markFailed(claim: ClaimedWebhook, result: WebhookAttemptResult, alsoOnDisabling?: DisabledEndpointStatements): Promise<WebhookFailureOutcome>;
  nextDueAt(): Promise<string | null>;
}

export interface WebhookQueueOptions {
  now?: () => Date;
  claimMs?: number;
  retry?: Partial<WebhookRetryPolicy>;
  /** The store's atomic batch (`store.write`; needed on D1); a Kysely transaction by default. */
  writeBatch?: WriteBatch | undefined;
}

const MAX_ERROR_LENGTH = 500;

/** The wait before attempt `failed + 1`. */
export function webhookRetryDelayMs(failed: number, policy: WebhookRetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failed - 1));
}

/** The outbox on a migrated store database (migration 0009). */
export function createWebhookQueue(db: Kysely<StoreDatabase>, options: WebhookQueueOptions = {}): WebhookQueue {
  const now = options.now ?? (() => new Date());
  const claimMs = options.claimMs ?? DEFAULT_WEBHOOK_CLAIM_MS;
  const policy: WebhookRetryPolicy = { ...DEFAULT_WEBHOOK_RETRY, ...options.retry };
  const later = (ms: number) => new Date(now().getTime() + ms).toISOString();
  const write = options.writeBatch ?? transactionBatch(db);

  async function logAttempt(claim: ClaimedWebhook, result: WebhookAttemptResult) {
    await db.insertInto('webhook_delivery_attempt').values({
      id: `att_${webhookTimeId(result.startedAt)}`, delivery_id: claim.id, attempt: claim.attempt, started_at: result.startedAt,
      status_code: result.statusCode, error: result.error?.slice(0, MAX_ERROR_LENGTH) ?? null, duration_ms: Math.round(result.durationMs),
    }).execute();
  }

  /**
   * Fails the batch unless this batch disabled the endpoint: it inserts a second data-version row
   * (refused by the primary key) when the endpoint does not carry this batch's reason. The reason
   * names the failed delivery and attempt, which one deliverer holds at a time, so a deliverer that
   * lost the race to disable commits nothing, its owners' mail included.
   */
  function failUnlessDisabledWith(endpointId: string, reason: string): CompiledQuery {
    return db.insertInto('meta').columns(['key', 'value'])
      .expression(db.selectNoFrom([sql.lit(DATA_VERSION_KEY).as('key'), sql.lit(0).as('value')])
        .where((eb) => eb.not(eb.exists(eb.selectFrom('webhook_endpoint').select('id')
          .where('id', '=', endpointId).where('enabled', '=', 0).where('disabled_reason', '=', reason)))))
      .compile();
  }

  async function disable(claim: ClaimedWebhook, reason: string, also?: DisabledEndpointStatements): Promise<WebhookEndpoint | null> {
    const { secret: _secret, ...known } = claim.endpoint;
    const disabled: WebhookEndpoint = { ...known, enabled: false, disabledReason: reason };
    const statements = [
      // Conditional on still being enabled: one deliverer disables it and mails its owners.
      db.updateTable('webhook_endpoint').set({ enabled: 0, disabled_reason: reason })
        .where('id', '=', disabled.id).where('enabled', '=', 1).compile(),
      failUnlessDisabledWith(disabled.id, reason),
      // Its waiting deliveries are given up: nobody will take them for a disabled endpoint.
      db.updateTable('webhook_delivery').set({ status: 'failed', next_attempt_at: null, last_error: reason, updated_at: now().toISOString() })
        .where('endpoint_id', '=', disabled.id).where('status', '=', 'pending').compile(),
      ...(also ? await also(disabled) : []),
    ];
    try {
      await write(statements);
    } catch (error) {
      // Another deliverer disabled it first (the guard refused the batch): its owners hear of it once.
      const row = await db.selectFrom('webhook_endpoint').select('enabled').where('id', '=', disabled.id).executeTakeFirst();
      if (!row || Number(row.enabled) === 0) return null;
      throw error;
    }
    const row = await db.selectFrom('webhook_endpoint').selectAll().where('id', '=', disabled.id).executeTakeFirst();
    return row ? toEndpoint(row) : null;
  }

  return {
    async claimDue(limit = 20) {
      const at = now().toISOString();
      const due = await db.selectFrom('webhook_delivery')
        .innerJoin('webhook_endpoint', 'webhook_endpoint.id', 'webhook_delivery.endpoint_id')
        .selectAll('webhook_delivery')
        .select(['webhook_endpoint.member_id', 'webhook_endpoint.url', 'webhook_endpoint.event_kinds', 'webhook_endpoint.secret',
          'webhook_endpoint.enabled', 'webhook_endpoint.disabled_reason', 'webhook_endpoint.created_at as endpoint_created_at',
          'webhook_endpoint.consecutive_failures'])
        .where('webhook_delivery.status', '=', 'pending').where('webhook_delivery.next_attempt_at', '<=', at)
        .where('webhook_endpoint.enabled', '=', 1)
        .orderBy('webhook_delivery.next_attempt_at').orderBy('webhook_delivery.id').limit(limit).execute();
      const claimed: ClaimedWebhook[] = [];
      for (const row of due) {
        const attempt = Number(row.attempt) + 1;
        // Only if nobody claimed it since we read it: the attempt count is the claim.
        const result = await db.updateTable('webhook_delivery')
          .set({ attempt, next_attempt_at: later(claimMs), updated_at: at })
          .where('id', '=', row.id).where('attempt', '=', Number(row.attempt)).where('status', '=', 'pending')
          .where('next_attempt_at', '<=', at)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) continue;
        claimed.push({
          id: row.id, attempt, eventKind: row.event_kind, payload: row.payload, createdAt: row.created_at,
          endpoint: {
            ...toEndpoint({
              id: row.endpoint_id, member_id: row.member_id, url: row.url, event_kinds: row.event_kinds, secret: row.secret,
              enabled: row.enabled, disabled_reason: row.disabled_reason, created_at: row.endpoint_created_at,
              consecutive_failures: row.consecutive_failures,
            }),
            secret: row.secret,
          },
        });
      }
      return claimed;
    },

    async markDelivered(claim, result) {
      await logAttempt(claim, result);
      const at = now().toISOString();
      const updated = await db.updateTable('webhook_delivery')
        .set({ status: 'delivered', next_attempt_at: null, last_status_code: result.statusCode, last_error: null, updated_at: at })
        .where('id', '=', claim.id).where('attempt', '=', claim.attempt).where('status', '=', 'pending')
        .executeTakeFirst();
      await db.updateTable('webhook_endpoint').set({ consecutive_failures: 0 }).where('id', '=', claim.endpoint.id).execute();
      return Number(updated.numUpdatedRows) === 1;
    },

    async markFailed(claim, result, alsoOnDisabling) {
      await logAttempt(claim, result);
      const at = now().toISOString();
      const age = now().getTime() - new Date(claim.createdAt).getTime();
      const wait = webhookRetryDelayMs(claim.attempt, policy);
      const givenUp = age + wait > policy.giveUpAfterMs;
      const nextAttemptAt = givenUp ? null : later(wait);
      const error = result.error ?? `HTTP ${String(result.statusCode)}`;
      await db.updateTable('webhook_delivery')
        .set({
          status: givenUp ? 'failed' : 'pending', next_attempt_at: nextAttemptAt, last_status_code: result.statusCode,
          last_error: error.slice(0, MAX_ERROR_LENGTH), updated_at: at,
        })
        .where('id', '=', claim.id).where('attempt', '=', claim.attempt).where('status', '=', 'pending')
        .execute();
      await db.updateTable('webhook_endpoint').set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
        .where('id', '=', claim.endpoint.id).execute();
      const endpoint = await db.selectFrom('webhook_endpoint').select('consecutive_failures').where('id', '=', claim.endpoint.id)
        .executeTakeFirst();
      const failures = Number(endpoint?.consecutive_failures ?? 0);
      let disabledEndpoint: WebhookEndpoint | null = null;
      // The reason names the delivery and attempt: the disabling batch's guard tells its own reason by them.
      const last = `delivery ${claim.id}, attempt ${claim.attempt}: ${error}`;
      if (givenUp) {
        disabledEndpoint = await disable(claim, `a delivery failed for ${Math.round(policy.giveUpAfterMs / 3_600_000)} hours; the last (${last})`, alsoOnDisabling);
      } else if (failures >= policy.disableAfterFailures) {
        disabledEndpoint = await disable(claim, `${failures} attempts failed in a row; the last (${last})`, alsoOnDisabling);
      }
      return { nextAttemptAt: disabledEndpoint ? null : nextAttemptAt, disabledEndpoint };
    },

    async nextDueAt() {
      const row = await db.selectFrom('webhook_delivery').select('next_attempt_at')
        .where('status', '=', 'pending').where('next_attempt_at', 'is not', null)
        .orderBy('next_attempt_at').limit(1).executeTakeFirst();
      return row?.next_attempt_at ?? null;
    },
  };
}
