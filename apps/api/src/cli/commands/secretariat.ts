/** `thb secretariat add|remove|list`: the people of the secretariat besides SECRETARIAT_EMAILS. */
import { createSecretariat, normaliseEmail } from '@thb/store/access';
import { CommandFailed, describeStore, UsageError, type CliContext } from '../cli-context.ts';
import { commandArgs, expectPositionals } from '../command-args.ts';
import { secretariatInsertSql, wranglerHint } from '../d1-sql.ts';

export const SECRETARIAT_HELP = `Usage: thb secretariat add EMAIL [--sql]
       thb secretariat remove EMAIL
       thb secretariat list [--json]

The secretariat may do everything: edit, suspend and delete every record, review, read the
audit log, manage every organisation's people and keys. People named in SECRETARIAT_EMAILS
belong to it too; this list adds to them. Addresses are kept trimmed and in lower case.

Options:
  --sql       add: touch no database; print the SQL statement to run on a deployed D1
              database with wrangler d1 execute DB --remote --command "…"
  --json      list: one JSON array instead of a table
  -h, --help  show this help`;

/** Runs `thb secretariat …`. */
export async function secretariatCommand(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals, help } = commandArgs(args, { json: { type: 'boolean' }, sql: { type: 'boolean' } });
  if (help) return context.stdout(`${SECRETARIAT_HELP}\n`);
  const [action, ...rest] = positionals;
  if (action !== 'add' && action !== 'remove' && action !== 'list') {
    throw new UsageError(action ? `Unknown secretariat command "${action}"` : 'Missing add, remove or list');
  }
  const [given] = expectPositionals(rest, action === 'list' ? [] : ['EMAIL']);
  const email = given === undefined ? undefined : normaliseEmail(given);
  if (given !== undefined && email === undefined) throw new UsageError(`"${given}" is not an email address`);
  if (values.sql) {
    if (action !== 'add') throw new UsageError('--sql is for add');
    const sql = secretariatInsertSql(email!, new Date().toISOString());
    return context.stdout(`${sql}\n\n${wranglerHint(sql)}`);
  }
  const opened = await context.openStore();
  const secretariat = createSecretariat(opened.store.db);
  if (action === 'list') {
    const people = await secretariat.list();
    if (values.json) return context.stdout(`${JSON.stringify(people, null, 2)}\n`);
    if (people.length === 0) return context.stdout('Nobody has been added here (SECRETARIAT_EMAILS may name more).\n');
    return context.stdout(people.map((person) => `${person.email}  added ${person.addedAt}\n`).join(''));
  }
  if (action === 'add') {
    const added = await secretariat.add(email!);
    context.stdout(added
      ? `Added ${email} to the secretariat (${describeStore(opened)}).\n`
      : `${email} was already in the secretariat; nothing changed.\n`);
    return;
  }
  if (!(await secretariat.remove(email!))) {
    throw new CommandFailed(`${email} is not on the secretariat list (${describeStore(opened)}).`);
  }
  context.stdout(`Removed ${email} from the secretariat.\n`);
}
