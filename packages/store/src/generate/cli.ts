/**
 * Writes a generated data set into a SQLite file, printing how long each step took.
 *
 * @example
 * npx tsx src/generate/cli.ts --out data/large.sqlite --members 10000 --resources 50000 --events 5000 --seed 42
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../sqlite.ts';
import { generateDataset } from './index.ts';

const USAGE = 'Usage: tsx src/generate/cli.ts --out <file.sqlite> [--members 10000] [--resources 50000] '
  + '[--events 5000] [--seed 42] [--now 2026-11-29] [--force]';

/** A non-negative whole number from the command line, or a clear error. */
function count(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      members: { type: 'string', default: '10000' },
      resources: { type: 'string', default: '50000' },
      events: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '42' },
      now: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.out) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date, got "${values.now}"`);
  // Refusing to mix a generated set into an existing database keeps real data safe.
  if (existsSync(values.out)) {
    if (!values.force) throw new Error(`${values.out} exists; pass --force to replace it`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(values.out + suffix, { force: true });
  }
  const options = {
    seed: count('seed', values.seed), members: count('members', values.members),
    resources: count('resources', values.resources), events: count('events', values.events), now,
  };
  let started = performance.now();
  const data = generateDataset(options);
  const generated = performance.now() - started;
  const store = await openSqliteStore({ file: values.out });
  started = performance.now();
  await store.putMany(data);
  const written = performance.now() - started;
  await store.close();
  const total = data.members.length + data.resources.length + data.events.length;
  console.log(`${values.out}: ${data.members.length} members, ${data.resources.length} resources, ${data.events.length} events`);
  console.log(`generated in ${(generated / 1000).toFixed(2)} s, written (${total} records, one transaction) in ${(written / 1000).toFixed(2)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
