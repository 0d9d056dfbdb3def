/**
 * People who asked to hear when the next call opens: double opt-in (a mailed token confirms),
 * and a one-click unsubscribe token that every mail carries. Answers never say whether an
 * address was subscribed already.
 */
import type { Kysely } from 'kysely';
import { newToken, tokenHash, type PortalDatabase } from './portal-tables.ts';

/** A confirmed subscriber. */
export interface CallSubscriber { email: string; locale: string }

/** The subscribers of one database. */
export function createCallSubscribers(db: Kysely<PortalDatabase>, now: () => Date) {
  return {
    /**
     * Asks for a subscription: returns the confirm token to mail, or undefined when the address
     * is confirmed already (nothing to mail; the caller answers alike).
     */
    async request(email: string, locale: string): Promise<{ confirmToken: string; unsubscribeToken: string } | undefined> {
      const existing = await db.selectFrom('call_subscriber').select(['confirmed_at']).where('email', '=', email).executeTakeFirst();
      if (existing?.confirmed_at) return undefined;
      const confirmToken = newToken();
      const unsubscribeToken = newToken();
      const values = { locale, confirm_hash: await tokenHash(confirmToken) };
      if (existing) await db.updateTable('call_subscriber').set(values).where('email', '=', email).execute();
      else {
        await db.insertInto('call_subscriber').values({
          email, ...values, unsubscribe_token: unsubscribeToken, created_at: now().toISOString(), confirmed_at: null,
        }).execute();
      }
      const row = await db.selectFrom('call_subscriber').select('unsubscribe_token').where('email', '=', email).executeTakeFirstOrThrow();
      return { confirmToken, unsubscribeToken: row.unsubscribe_token };
    },
    /** Confirms with a mailed token; the token then stops working. False for an unknown or used token. */
    async confirm(token: string): Promise<boolean> {
      const result = await db.updateTable('call_subscriber').set({ confirmed_at: now().toISOString(), confirm_hash: null })
        .where('confirm_hash', '=', await tokenHash(token)).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Removes whoever the token belongs to, if anyone (callers answer alike either way). */
    async unsubscribe(token: string): Promise<void> {
      await db.deleteFrom('call_subscriber').where('unsubscribe_token', '=', token).execute();
    },
    /** Confirmed subscribers, each with the unsubscribe token its mails carry. */
    async confirmed(): Promise<(CallSubscriber & { unsubscribeToken: string })[]> {
      const rows = await db.selectFrom('call_subscriber').select(['email', 'locale', 'unsubscribe_token'])
        .where('confirmed_at', 'is not', null).orderBy('email').execute();
      return rows.map((row) => ({ email: row.email, locale: row.locale, unsubscribeToken: row.unsubscribe_token }));
    },
    async isConfirmed(email: string): Promise<boolean> {
      const row = await db.selectFrom('call_subscriber').select('confirmed_at').where('email', '=', email).executeTakeFirst();
      return Boolean(row?.confirmed_at);
    },
  };
}

export type CallSubscribers = ReturnType<typeof createCallSubscribers>;
