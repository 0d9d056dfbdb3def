/** `thb export`: every member, resource and event as stored, to standard output. */
import type { KyselyPlatformStore } from '@thb/store';
import { CommandFailed, UsageError, type CliContext } from '../cli-context.ts';
import { commandArgs, expectPositionals } from '../command-args.ts';
import { RECORD_KINDS, RECORD_SCHEMAS, describeIssues, type RecordKind, type RecordsByKind } from '../records/record-kinds.ts';
import { recordsCsv, recordsJson } from '../records/write-records.ts';

export const EXPORT_HELP = `Usage: thb export [--format json] [--kind KIND] > backup.json
       thb export --format csv --kind KIND > KIND.csv

Writes the published records as stored, sorted by id, to standard output (pnpm writes its
own "$ node …" line to standard error, so "pnpm thb export > backup.json" is clean).

  json  one document {"members": [...], "resources": [...], "events": [...]}, every kind
        unless --kind names one; "thb import" reads it back.
  csv   one kind per file (the kinds have different fields), UTF-8 with a byte-order mark for
        spreadsheets: a column per field in the schema's order, text fields as they are,
        the others (translations, lists, coordinates, contact, publisher) as JSON in the cell,
        an empty cell for a field that is not set. A cell that a spreadsheet would run as a
        formula (starting with = + - @) gets an apostrophe in front, which import takes off.

Options:
  --format json|csv  default json
  --kind KIND        members, resources or events (needed for csv)
  -h, --help         show this help`;

const OPTIONS = { format: { type: 'string' }, kind: { type: 'string' } } as const;

/** A kind named on the command line, or a UsageError. */
export function kindOption(value: string | undefined): RecordKind | undefined {
  if (value === undefined) return undefined;
  if ((RECORD_KINDS as readonly string[]).includes(value)) return value as RecordKind;
  throw new UsageError(`--kind must be members, resources or events, not "${value}"`);
}

/** A format named on the command line, or a UsageError. */
export function formatOption(value: string | undefined): 'json' | 'csv' | undefined {
  if (value === undefined || value === 'json' || value === 'csv') return value;
  throw new UsageError(`--format must be json or csv, not "${value}"`);
}

/** Every stored record of a kind, by id; rows that fail their schema are returned apart. */
async function readKind<K extends RecordKind>(db: KyselyPlatformStore['db'], kind: K) {
  // The three tables share `id` and `document`; Kysely cannot type a select over a union of tables.
  const rows = await db.selectFrom(kind as 'members').select(['id', 'document']).execute();
  // Sorted here, not in SQL: PostgreSQL's collation would order ids differently from SQLite's.
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const records: RecordsByKind[K] = [];
  const corrupt: string[] = [];
  for (const row of rows) {
    let document: unknown;
    try {
      document = JSON.parse(row.document);
    } catch {
      corrupt.push(`${kind} "${row.id}": the stored document is not valid JSON`);
      continue;
    }
    const parsed = RECORD_SCHEMAS[kind].safeParse(document);
    if (!parsed.success) corrupt.push(`${kind} "${row.id}": ${describeIssues(parsed.error.issues)}`);
    else (records as unknown[]).push(parsed.data);
  }
  return { records, corrupt };
}

/** Runs `thb export …`. */
export async function exportCommand(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals, help } = commandArgs(args, OPTIONS);
  if (help) return context.stdout(`${EXPORT_HELP}\n`);
  expectPositionals(positionals, []);
  const format = formatOption(values.format) ?? 'json';
  const kind = kindOption(values.kind);
  if (format === 'csv' && !kind) throw new UsageError('A CSV file holds one kind: add --kind members, resources or events');
  const { store } = await context.openStore();
  const exported: Partial<RecordsByKind> = {};
  const corrupt: string[] = [];
  for (const each of kind ? [kind] : RECORD_KINDS) {
    const read = await readKind(store.db, each);
    (exported as Record<RecordKind, unknown>)[each] = read.records;
    corrupt.push(...read.corrupt);
  }
  context.stdout(format === 'csv' ? recordsCsv(kind!, exported[kind!]!) : recordsJson(exported));
  if (corrupt.length > 0) {
    context.stderr(`${corrupt.map((line) => `  ${line}\n`).join('')}`);
    throw new CommandFailed(`${corrupt.length} stored record(s) do not match their schema and were left out of the export (listed above).`);
  }
}
