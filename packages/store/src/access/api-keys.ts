/**
 * API keys for scripts and members' own systems: random, shown once, kept only as a SHA-256
 * hash beside a readable prefix, revocable, with the time of last use. Single statements on the
 * store's database, not store writes: keys are no part of the data version, so creating or
 * using one changes no ETag. WebCrypto only, so a Worker checks keys with the same code.
 */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../database.ts';
import { constantTimeEqual, generateKey, keyPrefix, sha256Hex } from './key-text.ts';

/** A key as lists show it: never its hash, which could be attacked offline if it leaked. */
export interface ApiKeyInfo {
  id: string;
  /** `thb_` and 8 characters: the start of the key, enough to recognise it. */
  prefix: string;
  name: string;
  /** The member id the key acts for; null for a secretariat key. */
  organisationId: string | null;
  createdAt: string;
  /** `cli`, `person:<id>` or `key:<id>`: who created it. */
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A key just created: the only time its text exists outside its owner's hands. */
export interface CreatedApiKey {
  id: string;
  /** The whole key, to show once; the database keeps only its hash. */
  key: string;
  prefix: string;
  name: string;
  organisationId: string | null;
  createdAt: string;
}

/** Who a valid, unrevoked key speaks for. */
export interface VerifiedApiKey {
  id: string;
  prefix: string;
  name: string;
  organisationId: string | null;
  /** A secretariat key (no organisation): may do what the secretariat may. */
  secretariat: boolean;
}

/** What {@link ApiKeys.create} needs. */
export interface CreateApiKeyInput {
  /** The member id the key acts for, or null for a secretariat key. The caller checks that it exists. */
  organisationId: string | null;
  /** What the key is for, as its owner will recognise it in a list (trimmed, 1–100 characters). */
  name: string;
  createdBy: string;
}

/** Which keys {@link ApiKeys.list} returns: one organisation's, the secretariat's (null) or all (unset). */
export interface ApiKeyFilter {
  organisationId?: string | null | undefined;
}

/** Options of {@link createApiKeys}. */
export interface ApiKeysOptions {
  /** The clock (tests set it); `new Date()` by default. */
  now?: (() => Date) | undefined;
}

/** Creating, checking, listing and revoking API keys. */
export interface ApiKeys {
  create(input: CreateApiKeyInput): Promise<CreatedApiKey>;
  /** The key's owner; `'revoked'` for a revoked key; null for anything else (unknown, wrong, malformed). */
  verify(key: string): Promise<VerifiedApiKey | 'revoked' | null>;
  /** Keys oldest first. */
  list(filter?: ApiKeyFilter): Promise<ApiKeyInfo[]>;
  /** Revokes a key at once; false when there is no such key or it was already revoked. */
  revoke(id: string): Promise<boolean>;
}

/** A key's last use is written at most this often, so a busy script's reads do not each write. */
export const LAST_USED_INTERVAL_MS = 60_000;
const MAX_NAME_LENGTH = 100;
/** New prefixes to try when one is taken: with 40 random bits, a second attempt is already rare. */
const PREFIX_ATTEMPTS = 5;

/**
 * API keys on a migrated store database (`store.db`).
 * @example
 * const keys = createApiKeys(store.db);
 * const { key } = await keys.create({ organisationId: 'la-strada-international', name: 'CRM sync', createdBy: 'cli' });
 * await keys.verify(key); // { id, prefix, name: 'CRM sync', organisationId: 'la-strada-international', secretariat: false }
 */
export function createApiKeys(db: Kysely<StoreDatabase>, options: ApiKeysOptions = {}): ApiKeys {
  const now = options.now ?? (() => new Date());
  const prefixTaken = async (prefix: string) =>
    (await db.selectFrom('api_key').select('id').where('prefix', '=', prefix).executeTakeFirst()) !== undefined;

  return {
    async create({ organisationId, name, createdBy }) {
      const trimmed = name.trim();
      if (trimmed.length === 0 || trimmed.length > MAX_NAME_LENGTH) {
        throw new RangeError(`A key's name must be 1 to ${MAX_NAME_LENGTH} characters long`);
      }
      const id = crypto.randomUUID();
      const createdAt = now().toISOString();
      for (let attempt = 1; ; attempt += 1) {
        const { key, prefix } = generateKey();
        try {
          await db.insertInto('api_key').values({
            id, prefix, hash: await sha256Hex(key), name: trimmed, organisation_id: organisationId,
            created_at: createdAt, created_by: createdBy, last_used_at: null, revoked_at: null,
          }).execute();
          return { id, key, prefix, name: trimmed, organisationId, createdAt };
        } catch (error) {
          // The unique prefix is the only constraint a fresh id and random key can break, and
          // each driver words that differently: a taken prefix is asked for, not parsed from the error.
          if (attempt >= PREFIX_ATTEMPTS || !(await prefixTaken(prefix))) throw error;
        }
      }
    },

    async verify(key) {
      const prefix = keyPrefix(key);
      if (!prefix) return null;
      const row = await db.selectFrom('api_key')
        .select(['id', 'prefix', 'hash', 'name', 'organisation_id', 'last_used_at', 'revoked_at'])
        .where('prefix', '=', prefix)
        .executeTakeFirst();
      if (!row || !constantTimeEqual(row.hash, await sha256Hex(key))) return null;
      // Only the holder of the whole key learns that it was revoked; a guessed prefix learns nothing.
      if (row.revoked_at !== null) return 'revoked';
      const at = now();
      const stale = new Date(at.getTime() - LAST_USED_INTERVAL_MS).toISOString();
      if (row.last_used_at === null || row.last_used_at <= stale) {
        // The condition repeats the check in SQL, so processes verifying at once write it once.
        await db.updateTable('api_key')
          .set({ last_used_at: at.toISOString() })
          .where('id', '=', row.id)
          .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', stale)]))
          .execute();
      }
      return {
        id: row.id, prefix: row.prefix, name: row.name, organisationId: row.organisation_id,
        secretariat: row.organisation_id === null,
      };
    },

    async list(filter = {}) {
      let query = db.selectFrom('api_key')
        .select(['id', 'prefix', 'name', 'organisation_id', 'created_at', 'created_by', 'last_used_at', 'revoked_at'])
        .orderBy('created_at')
        .orderBy('id');
      if (filter.organisationId === null) query = query.where('organisation_id', 'is', null);
      else if (filter.organisationId !== undefined) query = query.where('organisation_id', '=', filter.organisationId);
      return (await query.execute()).map((row) => ({
        id: row.id, prefix: row.prefix, name: row.name, organisationId: row.organisation_id, createdAt: row.created_at,
        createdBy: row.created_by, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at,
      }));
    },

    async revoke(id) {
      const result = await db.updateTable('api_key')
        .set({ revoked_at: now().toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
