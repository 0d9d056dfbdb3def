/**
 * The `thb` command line for the secretariat: finds the command, runs it, and turns what
 * happened into an exit code and plain words. Kept apart from `process` (see `thb.ts`), so
 * tests can run it in-process as well as through the real binary.
 */
import { CommandFailed, EXIT, UsageError, type CliContext } from './cli-context.ts';
import { exportCommand, EXPORT_HELP } from './commands/export.ts';
import { importCommand, IMPORT_HELP } from './commands/import.ts';
import { keysCommand, KEYS_HELP } from './commands/keys.ts';
import { secretariatCommand, SECRETARIAT_HELP } from './commands/secretariat.ts';

const COMMANDS = {
  secretariat: { run: secretariatCommand, help: SECRETARIAT_HELP },
  keys: { run: keysCommand, help: KEYS_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
  import: { run: importCommand, help: IMPORT_HELP },
} as const;
type CommandName = keyof typeof COMMANDS;

const COMMANDS_LIST = `Commands:
  secretariat add|remove|list   the people of the secretariat
  keys create|list|revoke       API keys of organisations and of the secretariat
  export                        all members, resources and events, as JSON or CSV
  import FILE                   records from a JSON or CSV file, all or nothing`;

const HELP = `Usage: thb COMMAND [options]     (from the repository: pnpm thb COMMAND …)

${COMMANDS_LIST}

"thb COMMAND --help" explains each. thb works on the server's data: the SQLite file in
DATA_DIR (default ./data) or, when DATABASE_URL is set, PostgreSQL; also while the server runs.

Exit codes: 0 done, 1 failed (the message says why), 2 the command was written wrong.`;

/** The usage lines of a help text: what to show after a mistake, without the whole explanation. */
function usageOf(help: string): string {
  return help.split('\n\n')[0]!;
}

const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);

/**
 * Runs one command line (the arguments after `thb`) and returns its exit code.
 * @example process.exitCode = await runCli(['keys', 'list'], context);
 */
export async function runCli(args: readonly string[], context: CliContext): Promise<number> {
  const [name, ...rest] = args;
  try {
    if (name === undefined) {
      context.stderr(`${HELP}\n`);
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = rest[0];
      context.stdout(`${isCommand(topic) ? COMMANDS[topic].help : HELP}\n`);
      return EXIT.ok;
    }
    if (!isCommand(name)) throw new UsageError(`Unknown command "${name}"`);
    await COMMANDS[name].run(rest, context);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      const help = isCommand(name) ? `${usageOf(COMMANDS[name].help)}\nMore: thb ${name} --help` : usageOf(COMMANDS_LIST);
      context.stderr(`thb: ${error.message}\n\n${help}\n`);
      return EXIT.usage;
    }
    context.stderr(`thb: ${error instanceof Error ? error.message : String(error)}\n`);
    // A failure the command expected needs no stack; anything else gets it on request.
    if (!(error instanceof CommandFailed) && process.env.THB_DEBUG && error instanceof Error) context.stderr(`${error.stack}\n`);
    return EXIT.failed;
  }
}
