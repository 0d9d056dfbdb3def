/** `thb keys create|list|revoke`: API keys for scripts and members' own systems. */
import { createApiKeys, KEY_PREFIX_PATTERN, type ApiKeyInfo } from '@thb/store/access';
import { CommandFailed, describeStore, UsageError, type CliContext } from '../cli-context.ts';
import { commandArgs, expectPositionals } from '../command-args.ts';
import { apiKeyInsertSql, wranglerHint } from '../d1-sql.ts';
import { formatTable } from '../format-table.ts';

export const KEYS_HELP = `Usage: thb keys create (--org MEMBER_ID | --secretariat) [--name TEXT] [--sql] [--json]
       thb keys list [--org MEMBER_ID | --secretariat] [--json]
       thb keys revoke KEY_ID|PREFIX

create  makes a key and prints it once: only its hash is kept, so it cannot be shown again.
        A key of an organisation (--org, a member id such as la-strada-international) may do
        what that organisation's editors may; a --secretariat key may do everything.
        Scripts send it as "Authorization: Bearer <key>".
list    shows every key (id, prefix, name, organisation, created, last used, revoked), never the key.
revoke  ends a key at once, by its id or its prefix (thb_xxxxxxxx).

Options:
  --org MEMBER_ID   the organisation the key acts for
  --secretariat     a key of the secretariat
  --name TEXT       what the key is for, as you will recognise it in the list
                    (default "created with thb keys create")
  --sql             create: touch no database; print the key once and the SQL statement that
                    stores it, to run on a deployed D1 database with
                    wrangler d1 execute DB --remote --command "…" (the first key of a Worker)
  --json            print JSON instead of text
  -h, --help        show this help`;

const OPTIONS = {
  org: { type: 'string' },
  secretariat: { type: 'boolean' },
  name: { type: 'string' },
  sql: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** Runs `thb keys …`. */
export async function keysCommand(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals, help } = commandArgs(args, OPTIONS);
  if (help) return context.stdout(`${KEYS_HELP}\n`);
  const [action, ...rest] = positionals;
  if (values.org !== undefined && values.secretariat) throw new UsageError('Give either --org or --secretariat, not both');
  const organisationId = values.secretariat ? null : values.org;
  switch (action) {
    case 'create': {
      expectPositionals(rest, []);
      if (organisationId === undefined) throw new UsageError('Say whom the key is for: --org MEMBER_ID or --secretariat');
      const name = (values.name ?? 'created with thb keys create').trim();
      if (name.length === 0 || name.length > 100) throw new UsageError('--name must be 1 to 100 characters long');
      if (values.sql) return printKeySql(context, organisationId, name, values.json === true);
      return createKey(context, organisationId, name, values.json === true);
    }
    case 'list': {
      expectPositionals(rest, []);
      if (values.sql) throw new UsageError('--sql is for create');
      if (values.name !== undefined) throw new UsageError('--name is for create');
      return listKeys(context, organisationId, values.json === true);
    }
    case 'revoke': {
      const [idOrPrefix] = expectPositionals(rest, ['KEY_ID']);
      if (values.org !== undefined || values.secretariat || values.name !== undefined || values.sql) {
        throw new UsageError('revoke takes only a key id or prefix');
      }
      return revokeKey(context, idOrPrefix!);
    }
    default:
      throw new UsageError(action ? `Unknown keys command "${action}"` : 'Missing create, list or revoke');
  }
}

async function createKey(context: CliContext, organisationId: string | null, name: string, json: boolean): Promise<void> {
  const opened = await context.openStore();
  if (organisationId !== null && !(await opened.store.members.get(organisationId))) {
    const empty = (await opened.store.members.counts()).total === 0;
    throw new CommandFailed(`There is no member "${organisationId}" in ${describeStore(opened)}; ${empty
      ? 'it holds no members at all: is DATA_DIR (or DATABASE_URL) the one the server uses?'
      : 'the id is the last part of its address, e.g. /v1/members/la-strada-international.'}`);
  }
  const created = await createApiKeys(opened.store.db).create({ organisationId, name, createdBy: 'cli' });
  if (json) return context.stdout(`${JSON.stringify(created, null, 2)}\n`);
  const who = organisationId === null ? 'the secretariat' : organisationId;
  context.stdout([
    `Created an API key for ${who} ("${created.name}"):`,
    '',
    `  ${created.key}`,
    '',
    'It is shown only this once: keep it somewhere safe now, such as a password manager.',
    `  id      ${created.id}`,
    `  prefix  ${created.prefix}`,
    `Revoke it with: thb keys revoke ${created.id}`,
    '',
  ].join('\n'));
}

/** `create --sql`: the key for a database out of reach (a deployed D1), stored by running the printed SQL. */
async function printKeySql(context: CliContext, organisationId: string | null, name: string, json: boolean): Promise<void> {
  const createdAt = new Date().toISOString();
  const { id, key, prefix, sql } = await apiKeyInsertSql(organisationId, name, createdAt);
  if (json) return context.stdout(`${JSON.stringify({ id, key, prefix, name, organisationId, createdAt, sql }, null, 2)}\n`);
  const who = organisationId === null ? 'the secretariat' : organisationId;
  context.stdout([
    `An API key for ${who} ("${name}"), not stored anywhere yet:`,
    '',
    `  ${key}`,
    '',
    'It is shown only this once: keep it somewhere safe now, such as a password manager.',
    `  id      ${id}`,
    `  prefix  ${prefix}`,
    '',
    'It works once this statement has run on the database:',
    '',
    sql,
    '',
    wranglerHint(sql),
    organisationId === null ? '' : `If wrangler reports 0 changes, the database has no member "${organisationId}".\n`,
  ].join('\n'));
}

async function listKeys(context: CliContext, organisationId: string | null | undefined, json: boolean): Promise<void> {
  const opened = await context.openStore();
  const keys = await createApiKeys(opened.store.db).list({ organisationId });
  if (json) return context.stdout(`${JSON.stringify(keys, null, 2)}\n`);
  if (keys.length === 0) return context.stdout(`No keys yet (${describeStore(opened)}).\n`);
  const rows = keys.map((key: ApiKeyInfo) => [
    key.id, key.prefix, key.name, key.organisationId ?? '(secretariat)', key.createdAt, key.lastUsedAt ?? 'never', key.revokedAt ?? '',
  ]);
  context.stdout(formatTable(['id', 'prefix', 'name', 'organisation', 'created', 'last used', 'revoked'], rows));
}

async function revokeKey(context: CliContext, idOrPrefix: string): Promise<void> {
  const opened = await context.openStore();
  const keys = createApiKeys(opened.store.db);
  const byPrefix = KEY_PREFIX_PATTERN.test(idOrPrefix);
  const key = (await keys.list()).find((info) => (byPrefix ? info.prefix : info.id) === idOrPrefix);
  if (!key) throw new CommandFailed(`There is no key with ${byPrefix ? 'prefix' : 'id'} "${idOrPrefix}" in ${describeStore(opened)} (see thb keys list).`);
  if (key.revokedAt !== null || !(await keys.revoke(key.id))) {
    return context.stdout(`Key ${key.prefix} ("${key.name}") was already revoked; nothing changed.\n`);
  }
  context.stdout(`Revoked key ${key.prefix} ("${key.name}"); it is refused from now on.\n`);
}
