/**
 * A SQL file that seeds a D1 database, for `wrangler d1 execute --file`: exactly the statements
 * the store's D1 dialect sends for `putMany` (compiled by the store, recorded instead of run),
 * with their parameters written as SQLite literals, one statement per line.
 */
import type { D1Database } from '@cloudflare/workers-types';
import type { Event, Member, Resource } from '@thb/schema';
import { createD1Store } from '@thb/store/d1';

/** D1 refuses longer statements. */
const D1_MAX_STATEMENT_BYTES = 100_000;
const encoder = new TextEncoder();

/** One recorded statement and its parameters. */
interface Recorded {
  sql: string;
  values: unknown[];
}

/**
 * A D1 binding that records what the store would run. Only `prepare`, `bind` and `batch` are
 * used by `putMany`; the cast stands for the rest of the interface, which nothing calls.
 */
function recordingD1(statements: Recorded[]): D1Database {
  const prepare = (sql: string) => ({ bind: (...values: unknown[]) => ({ sql, values }) });
  const batch = async (prepared: Recorded[]) => {
    statements.push(...prepared);
    return prepared.map(() => ({ results: [], meta: { changes: 0 } }));
  };
  return { prepare, batch } as unknown as D1Database;
}

/**
 * A value as a SQLite literal. Line breaks become `char()` calls, so every statement stays on one
 * line whatever splitter reads the file.
 * @example sqlLiteral("l'eau") // "'l''eau'"
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as SQL`);
    return String(value);
  }
  if (typeof value === 'string') {
    const quoted = `'${value.replaceAll("'", "''")}'`;
    return quoted.replace(/\r|\n/g, (c) => `' || char(${c.charCodeAt(0)}) || '`);
  }
  throw new Error(`Cannot write a ${typeof value} as SQL`);
}

/** Replaces each `?` outside quotes with the next value's literal. */
function inline({ sql, values }: Recorded): string {
  let index = 0;
  let quote: string | undefined;
  let out = '';
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = undefined;
      out += char;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      out += char;
    } else if (char === '?') {
      if (index >= values.length) throw new Error(`Too few parameters for: ${sql}`);
      out += sqlLiteral(values[index++]);
    } else {
      out += char;
    }
  }
  if (index !== values.length) throw new Error(`Too many parameters for: ${sql}`);
  return out;
}

/**
 * The seed file for a set of records (the demo data: `demoData(new Date())`). It bumps the data
 * version once and replaces the given records, as `putMany` does; run on a migrated database.
 * @example writeFileSync('dist/d1-seed.sql', await d1SeedSql(demoData(new Date())));
 */
export async function d1SeedSql(records: { members?: Member[]; resources?: Resource[]; events?: Event[] }): Promise<string> {
  const statements: Recorded[] = [];
  await createD1Store(recordingD1(statements)).putMany(records);
  return statements.map((statement) => {
    const line = `${inline(statement)};\n`;
    if (encoder.encode(line).byteLength > D1_MAX_STATEMENT_BYTES) {
      throw new Error(`A seed statement is longer than D1 accepts: ${line.slice(0, 80)}…`);
    }
    return line;
  }).join('');
}
