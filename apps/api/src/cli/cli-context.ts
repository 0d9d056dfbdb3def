/**
 * What every command of the `thb` command line is given, and the two ways it can fail: a
 * {@link UsageError} (exit code 2: the command was written wrong) or a {@link CommandFailed}
 * (exit code 1: it was right but could not be done). Anything else thrown is also exit code 1.
 */
import type { OpenedStore } from '@thb/store/open';

/** Output, environment and the store, so commands never touch `process` themselves. */
export interface CliContext {
  /** Writes to standard output (the answer: a key, an export). */
  stdout(text: string): void;
  /** Writes to standard error (progress, problems). */
  stderr(text: string): void;
  /** The current folder, which relative paths are read from. */
  cwd: string;
  /** Opens the store the server uses; once per command, closed by the caller. */
  openStore(): Promise<OpenedStore>;
}

/** The command line was written wrong: unknown command or option, missing argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command was understood but could not be done; the message says why, in plain words. */
export class CommandFailed extends Error {
  override readonly name = 'CommandFailed';
}

/** Exit codes: done, failed, written wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Where the data is, in words: `SQLite in /srv/thb/data/thb.sqlite` or `PostgreSQL`. */
export function describeStore(opened: OpenedStore): string {
  return opened.backend === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${opened.sqliteFile}`;
}
