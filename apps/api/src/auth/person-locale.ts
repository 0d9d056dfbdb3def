/**
 * Each person's language (`user.locale`, a Better Auth additional field from store migration
 * 0007): what their mails are written in. It is set at the sign-in request (the portal's
 * `locale`, else the browser's Accept-Language), at an invitation (the language the inviter gave,
 * else the inviter's own) and by `POST /v1/auth/update-user`. Only the 24 EU language codes.
 * Edge-safe.
 */
import { EU_LANGUAGES, EuLanguageCode, negotiateLanguage, type EuLanguage } from '@thb/schema';
import type { Kysely } from 'kysely';
import type { BetterAuth } from './better-auth.ts';

/** The additional field as Better Auth declares it; the store's migration 0007 made its column. */
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
}

type AuthContext = Awaited<BetterAuth['$context']>;

/** Reads and sets people's languages on the accounts' database. */
export function personLocales(database: Kysely<unknown>, context: () => Promise<AuthContext>) {
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
     * Keeps the language beside a sign-in link, for an address that has no account yet: Better
     * Auth creates the account when the link is used, and the confirm step then gives it this
     * language. A row of its own, since Better Auth's link row admits no other fields.
     */
    async rememberForLink(linkIdentifier: string, locale: EuLanguage): Promise<void> {
      const { internalAdapter } = await context();
      const link = await internalAdapter.findVerificationValue(linkIdentifier);
      if (!link) return;
      await internalAdapter.createVerificationValue({ identifier: `locale:${linkIdentifier}`, value: locale, expiresAt: new Date(link.expiresAt) });
    },

    /** The address and language a sign-in link carries, read (and forgotten) before the link is used up. */
    async takeOfLink(linkIdentifier: string): Promise<{ email: string; locale: EuLanguage } | undefined> {
      const { internalAdapter } = await context();
      const [link, remembered] = await Promise.all([
        internalAdapter.findVerificationValue(linkIdentifier), internalAdapter.findVerificationValue(`locale:${linkIdentifier}`),
      ]);
      if (!remembered) return undefined;
      await internalAdapter.deleteVerificationByIdentifier(`locale:${linkIdentifier}`);
      const email = link ? (JSON.parse(link.value) as { email?: unknown }).email : undefined;
      const locale = known(remembered.value);
      return typeof email === 'string' && locale ? { email, locale } : undefined;
    },
  };
}
