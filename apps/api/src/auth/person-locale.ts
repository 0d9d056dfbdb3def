/**
 * Each person's language (`user.locale`, a Better Auth additional field from store migration
 * 0004): what their mails are written in. It is set at the sign-in request (the portal's
 * `locale`, else the browser's Accept-Language), at an invitation (the language the inviter gave,
 * else the inviter's own) and by `POST /v1/auth/update-user`. Only the 24 EU language codes.
 * Edge-safe.
 */
import { EU_LANGUAGES, EuLanguageCode, negotiateLanguage, type EuLanguage } from '@thb/schema';
import type { Kysely } from 'kysely';

/** The additional field as Better Auth declares it; the store's migration 0004 made its column. */
export const LOCALE_FIELD = { locale: { type: 'string', required: false, input: true } } as const;

/** A language code as bodies give it: one of the 24, nothing else. */
export const LocaleInput = EuLanguageCode;

/**
 * The EU language a request asked for: the body's `locale`, else the best match of its
 * Accept-Language; undefined when it named no EU language at all.
 * @example requestedLocale(undefined, 'de-AT,de;q=0.9') // 'de'
 */
export function requestedLocale(bodyLocale: EuLanguage | undefined, acceptLanguage: string | null | undefined): EuLanguage | undefined {
  if (bodyLocale) return bodyLocale;
  const negotiated = negotiateLanguage<EuLanguage | ''>(acceptLanguage, EU_LANGUAGES, '');
  return negotiated === '' ? undefined : negotiated;
}

/** The stored language as a known code (a row written by hand could hold anything). */
function known(value: string | null | undefined): EuLanguage | undefined {
  const parsed = LocaleInput.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The columns read and written here (Better Auth's names). */
interface LocaleTables {
  user: { id: string; email: string; locale: string | null };
  verification: { identifier: string; value: string };
}

/** Reads and sets people's languages on the accounts' database. */
export function personLocales(database: Kysely<unknown>) {
  const db = database as unknown as Kysely<LocaleTables>;
  return {
    /** A person's language by address; undefined when they have none or no account yet. */
    async ofEmail(email: string): Promise<EuLanguage | undefined> {
      const row = await db.selectFrom('user').select('locale').where('email', '=', email.toLowerCase()).executeTakeFirst();
      return known(row?.locale);
    },

    /** A person's language by id. */
    async ofUser(userId: string): Promise<EuLanguage | undefined> {
      const row = await db.selectFrom('user').select('locale').where('id', '=', userId).executeTakeFirst();
      return known(row?.locale);
    },

    /**
     * Sets the language of the account of an address; `onlyIfUnset` keeps one the person chose.
     * Nothing happens when the address has no account yet (see `rememberForLink`).
     */
    async setForEmail(email: string, locale: EuLanguage, onlyIfUnset: boolean): Promise<void> {
      let update = db.updateTable('user').set({ locale }).where('email', '=', email.toLowerCase());
      if (onlyIfUnset) update = update.where('locale', 'is', null);
      await update.execute();
    },

    /**
     * Keeps the language with a sign-in link's verification row, for an address that has no
     * account yet: Better Auth creates the account when the link is used, and the confirm step
     * then gives it this language.
     */
    async rememberForLink(identifier: string, locale: EuLanguage): Promise<void> {
      const row = await db.selectFrom('verification').select('value').where('identifier', '=', identifier).executeTakeFirst();
      if (!row) return;
      const value = JSON.parse(row.value) as Record<string, unknown>;
      await db.updateTable('verification').set({ value: JSON.stringify({ ...value, locale }) })
        .where('identifier', '=', identifier).execute();
    },

    /** The address and language a sign-in link carries, read before the link is used up. */
    async ofLink(identifier: string): Promise<{ email: string; locale: EuLanguage } | undefined> {
      const row = await db.selectFrom('verification').select('value').where('identifier', '=', identifier).executeTakeFirst();
      if (!row) return undefined;
      const value = JSON.parse(row.value) as { email?: unknown; locale?: unknown };
      const locale = known(typeof value.locale === 'string' ? value.locale : undefined);
      return typeof value.email === 'string' && locale ? { email: value.email, locale } : undefined;
    },
  };
}

/** People's languages as `personLocales` reads and sets them. */
export type PersonLocales = ReturnType<typeof personLocales>;
