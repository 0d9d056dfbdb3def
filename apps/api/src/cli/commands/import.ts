/** `thb import FILE`: records from a file, all or nothing. */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { CommandFailed, describeStore, type CliContext } from '../cli-context.ts';
import { commandArgs, expectPositionals } from '../command-args.ts';
import { importRecords } from '../records/import-writes.ts';
import { readCsvRecords, readJsonRecords, type ReadRecords } from '../records/read-records.ts';
import { RECORD_KINDS } from '../records/record-kinds.ts';
import { formatOption, kindOption } from './export.ts';

export const IMPORT_HELP = `Usage: thb import FILE [--format json|csv] [--kind KIND] [--dry-run]

Reads members, resources and events from FILE, as "thb export" writes them (JSON with any of
the three kinds, or one kind's CSV), checks every record with the schemas the API uses, and
writes them all in one transaction, as the API writes: each record published, with an audit
row whose actor is "command line", and one new data version, so caches and maps follow at
once. A record whose id is already stored replaces it (whatever its status: pending,
suspended and deleted ones too); other stored records stay as they are. If any record is wrong, every wrong one is listed with its
line (for JSON also its place, such as members[3]) and nothing at all is written.

Options:
  --format json|csv  how FILE is written (default: from its extension, else its content)
  --kind KIND        for CSV: members, resources or events (default: from its header)
  --dry-run          check the file and write nothing
  -h, --help         show this help`;

const OPTIONS = { format: { type: 'string' }, kind: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;

/** JSON or CSV: as told, else by the file's extension, else by its first character. */
function formatOf(file: string, text: string, given: 'json' | 'csv' | undefined): 'json' | 'csv' {
  if (given) return given;
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.csv') return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

function countsOf(read: ReadRecords): string {
  return RECORD_KINDS.map((kind) => `${read.records[kind].length} ${kind}`).join(', ');
}

/** Runs `thb import …`. */
export async function importCommand(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals, help } = commandArgs(args, OPTIONS);
  if (help) return context.stdout(`${IMPORT_HELP}\n`);
  const [file] = expectPositionals(positionals, ['FILE']);
  const givenFormat = formatOption(values.format);
  const kind = kindOption(values.kind);
  let text: string;
  try {
    text = await readFile(resolve(context.cwd, file!), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandFailed(`Cannot read ${file}: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}`);
  }
  const read = formatOf(file!, text, givenFormat) === 'csv' ? readCsvRecords(text, kind) : readJsonRecords(text);
  if (read.problems.length > 0) {
    const problems = [...read.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    context.stderr(problems.map((problem) => `${file}, ${problem.where}: ${problem.message}\n`).join(''));
    throw new CommandFailed(`Nothing was imported: ${problems.length} problem(s) in ${file} (listed above); fix them and run the import again.`);
  }
  if (values['dry-run']) return context.stdout(`${file} is valid (${countsOf(read)}); nothing was written (--dry-run).\n`);
  if (read.total === 0) return context.stdout(`${file} holds no records; nothing to import.\n`);
  const opened = await context.openStore();
  const result = await importRecords(opened.store, read.records);
  context.stdout(`Imported ${countsOf(read)} into ${describeStore(opened)} (${result.created} new, ${result.updated} replaced).\n`);
}
