/**
 * The `thb` binary: runs one command on the store the server uses, SQLite in DATA_DIR or
 * PostgreSQL at DATABASE_URL (read with the server's own checks), then closes it. Opening also
 * migrates, as the server does, but never seeds demo data: a database created here stays empty
 * until something is imported, and the server seeds it only if it is still empty then.
 * Node only; `bin/thb.mjs` runs it from source through tsx.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore, type OpenedStore } from '@thb/store/open';
import { parseStoreEnv } from '../env.ts';
import { CommandFailed, type CliContext } from './cli-context.ts';
import { runCli } from './run-cli.ts';

/** A context on this process: its streams, its folder and its environment. */
function processContext(): CliContext & { close(): Promise<void> } {
  let opened: OpenedStore | undefined;
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    async openStore() {
      let env;
      try {
        env = parseStoreEnv(process.env);
      } catch (error) {
        throw new CommandFailed((error as Error).message);
      }
      const dataDir = resolve(env.DATA_DIR);
      const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${join(dataDir, 'thb.sqlite')}`;
      const creating = !env.DATABASE_URL && !existsSync(join(dataDir, 'thb.sqlite'));
      try {
        opened = await openStore({ databaseUrl: env.DATABASE_URL, dataDir, poolSize: 2 });
      } catch (error) {
        throw new CommandFailed(`Cannot open the store, ${where}: ${(error as Error).message}`);
      }
      if (creating) process.stderr.write(`There was no database yet: created an empty one, ${where}.\n`);
      return opened;
    },
    close: async () => {
      await opened?.store.close();
    },
  };
}

const context = processContext();
const code = await runCli(process.argv.slice(2), context);
await context.close();
// Not process.exit(): that could cut off an export still being written to a pipe.
process.exitCode = code;
