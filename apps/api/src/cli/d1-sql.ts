/**
 * SQL for a deployed D1 database, which the command line cannot reach: `--sql` prints these
 * statements for `wrangler d1 execute DB --remote --command "…"` (or `--file`). `wrangler`
 * takes no bound parameters, so every value is written as an SQLite literal, as in the seed file.
 */
import { generateKey, sha256Hex } from '@thb/store/access';
import { sqlLiteral } from '../worker/d1-seed-sql.ts';

/** A new key, its text shown once, and the one statement that stores its hash. */
export interface ApiKeySql {
  id: string;
  key: string;
  prefix: string;
  sql: string;
}

/**
 * The statement that creates an API key on D1. A key of an organisation is inserted only if
 * that member exists (`insert … select … where exists`), so a mistyped id writes no row
 * (wrangler then reports 0 changes) instead of a key for nobody.
 */
export async function apiKeyInsertSql(organisationId: string | null, name: string, createdAt: string): Promise<ApiKeySql> {
  const id = crypto.randomUUID();
  const { key, prefix } = generateKey();
  const values = [id, prefix, await sha256Hex(key), name, organisationId, createdAt, 'cli'].map(sqlLiteral).join(', ');
  const columns = '"id", "prefix", "hash", "name", "organisation_id", "created_at", "created_by"';
  const guard = organisationId === null ? '' : ` where exists (select 1 from "members" where "id" = ${sqlLiteral(organisationId)})`;
  return { id, key, prefix, sql: `insert into "api_key" (${columns}) select ${values}${guard};` };
}

/** The statement that adds a person to the secretariat list on D1 (nothing when already there). */
export function secretariatInsertSql(email: string, addedAt: string): string {
  return `insert into "secretariat_person" ("email", "added_at") values (${sqlLiteral(email)}, ${sqlLiteral(addedAt)}) on conflict ("email") do nothing;`;
}

/** How to run a printed statement, said once under it. */
export function wranglerHint(sql: string): string {
  return `Run it on the deployed database (DB is the binding in wrangler.toml):\n\n  npx wrangler d1 execute DB --remote --command ${shellQuote(sql)}\n`;
}

/** Single-quotes text for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
