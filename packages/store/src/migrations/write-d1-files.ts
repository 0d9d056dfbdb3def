/**
 * Writes `migrations-d1/*.sql` for `wrangler d1 migrations apply` from the Kysely migrations.
 * Run after adding or changing a migration: `pnpm --filter @thb/store migrations:d1`. A test
 * fails while the checked-in files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { d1MigrationFiles } from './d1-sql.ts';

/** Where wrangler finds the store's migrations (`migrations_dir` in wrangler.toml). */
export const D1_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations-d1/', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(D1_MIGRATIONS_DIR, { recursive: true });
  for (const { fileName, sql } of await d1MigrationFiles()) {
    writeFileSync(join(D1_MIGRATIONS_DIR, fileName), sql);
    console.log(`wrote migrations-d1/${fileName}`);
  }
}
