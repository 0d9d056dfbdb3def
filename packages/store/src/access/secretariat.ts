/**
 * The people of the secretariat added from the command line (`thb secretariat add`), besides
 * those `SECRETARIAT_EMAILS` names. Addresses are kept trimmed and in lower case, so a sign-in
 * as `Anna@EC.europa.eu` finds `anna@ec.europa.eu`.
 */
import { Email } from '@thb/schema';
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../database.ts';

/** A secretariat person and when they were added. */
export interface SecretariatPerson {
  email: string;
  addedAt: string;
}

/** An address that is not an email address. */
export class InvalidEmailError extends Error {
  override readonly name = 'InvalidEmailError';
  constructor(readonly email: string) {
    super(`"${email}" is not an email address`);
  }
}

/** Options of {@link createSecretariat}. */
export interface SecretariatOptions {
  /** The clock (tests set it); `new Date()` by default. */
  now?: (() => Date) | undefined;
}

/** The secretariat list. */
export interface Secretariat {
  /** Adds a person; false when they were already on the list. @throws InvalidEmailError */
  add(email: string): Promise<boolean>;
  /** Removes a person; false when they were not on the list. @throws InvalidEmailError */
  remove(email: string): Promise<boolean>;
  /** Whether the address is on the list (false for anything that is not an address). */
  has(email: string): Promise<boolean>;
  /** Everyone on the list, by address. */
  list(): Promise<SecretariatPerson[]>;
}

/** The address as it is kept, or undefined when it is not an email address. */
export function normaliseEmail(email: string): string | undefined {
  const parsed = Email.safeParse(email.trim().toLowerCase());
  return parsed.success ? parsed.data : undefined;
}

function validEmail(email: string): string {
  const normalised = normaliseEmail(email);
  if (normalised === undefined) throw new InvalidEmailError(email);
  return normalised;
}

/**
 * The secretariat list on a migrated store database (`store.db`).
 * @example
 * const secretariat = createSecretariat(store.db);
 * await secretariat.add(' Anna@EC.europa.eu '); // true
 * await secretariat.has('anna@ec.europa.eu'); // true
 */
export function createSecretariat(db: Kysely<StoreDatabase>, options: SecretariatOptions = {}): Secretariat {
  const now = options.now ?? (() => new Date());
  return {
    async add(email) {
      const result = await db.insertInto('secretariat_person')
        .values({ email: validEmail(email), added_at: now().toISOString() })
        .onConflict((conflict) => conflict.column('email').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async remove(email) {
      const result = await db.deleteFrom('secretariat_person').where('email', '=', validEmail(email)).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async has(email) {
      const normalised = normaliseEmail(email);
      if (normalised === undefined) return false;
      return (await db.selectFrom('secretariat_person').select('email').where('email', '=', normalised).executeTakeFirst()) !== undefined;
    },
    async list() {
      const rows = await db.selectFrom('secretariat_person').select(['email', 'added_at']).orderBy('email').execute();
      return rows.map((row) => ({ email: row.email, addedAt: row.added_at }));
    },
  };
}
