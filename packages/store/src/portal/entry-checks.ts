/**
 * The yearly "is your entry still correct?": when each member entry was last confirmed (or
 * approved), when the last check mail went out, and the hash of its one-use link.
 */
import type { Kysely } from 'kysely';
import { newToken, tokenHash, type PortalDatabase } from './portal-tables.ts';

/** A member's confirmation state. */
export interface EntryCheck {
  memberId: string; lastConfirmedAt: string | null; lastSentAt: string | null;
}

/** What {@link EntryChecks.confirm} found. */
export type ConfirmOutcome = { memberId: string } | 'unknown' | 'expired';

/** The checks of one database. */
export function createEntryChecks(db: Kysely<PortalDatabase>, now: () => Date) {
  async function upsert(memberId: string, values: Partial<{ last_confirmed_at: string | null; last_sent_at: string | null; token_hash: string | null; token_expires_at: string | null }>) {
    const existing = await db.selectFrom('entry_check').select('member_id').where('member_id', '=', memberId).executeTakeFirst();
    if (existing) await db.updateTable('entry_check').set(values).where('member_id', '=', memberId).execute();
    else {
      await db.insertInto('entry_check').values({
        member_id: memberId, last_confirmed_at: null, last_sent_at: null, token_hash: null, token_expires_at: null, ...values,
      }).execute();
    }
  }
  return {
    /** Every recorded state, keyed by member id. */
    async all(): Promise<Map<string, EntryCheck>> {
      const rows = await db.selectFrom('entry_check').select(['member_id', 'last_confirmed_at', 'last_sent_at']).execute();
      return new Map(rows.map((r) => [r.member_id, { memberId: r.member_id, lastConfirmedAt: r.last_confirmed_at, lastSentAt: r.last_sent_at }]));
    },
    async get(memberId: string): Promise<EntryCheck | undefined> {
      return (await this.all()).get(memberId);
    },
    /** Records a confirmation now (an approval counts as one). */
    async confirmedNow(memberId: string): Promise<string> {
      const at = now().toISOString();
      await upsert(memberId, { last_confirmed_at: at });
      return at;
    },
    /** A new one-use link for a check mail, valid `validMs`; returns its token. */
    async issue(memberId: string, validMs: number): Promise<string> {
      const token = newToken();
      await upsert(memberId, {
        last_sent_at: now().toISOString(), token_hash: await tokenHash(token),
        token_expires_at: new Date(now().getTime() + validMs).toISOString(),
      });
      return token;
    },
    /** Whether a token is the live one of some member (for the confirm page). */
    async peek(token: string): Promise<ConfirmOutcome> {
      const row = await db.selectFrom('entry_check').select(['member_id', 'token_expires_at'])
        .where('token_hash', '=', await tokenHash(token)).executeTakeFirst();
      if (!row) return 'unknown';
      if (!row.token_expires_at || Date.parse(row.token_expires_at) <= now().getTime()) return 'expired';
      return { memberId: row.member_id };
    },
    /** Spends a token: records the confirmation. A used, unknown or expired token confirms nothing. */
    async confirm(token: string): Promise<ConfirmOutcome> {
      const found = await this.peek(token);
      if (typeof found === 'string') return found;
      const result = await db.updateTable('entry_check')
        .set({ last_confirmed_at: now().toISOString(), token_hash: null, token_expires_at: null })
        .where('token_hash', '=', await tokenHash(token)).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? found : 'unknown';
    },
  };
}

export type EntryChecks = ReturnType<typeof createEntryChecks>;
