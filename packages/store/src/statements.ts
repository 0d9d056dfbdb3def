/**
 * The write statements of the store, compiled but not run: {@link WriteBatch} runs them.
 * Puts replace records (delete, then insert) since that is portable to every SQL backend.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { Event, Member, Resource } from '@thb/schema';
import { DATA_VERSION_KEY, type StoreDatabase } from './database.ts';
import { validRecord } from './documents.ts';
import { COLUMNS, eventRow, memberFocusRows, memberRow, resourceRow } from './rows.ts';
import { bumpVersion, bumpVersionIfExists, chunksOf, lockVersion, type RecordTable } from './write.ts';

/** Records to write together. */
export interface RecordSet {
  members?: readonly Member[] | undefined;
  resources?: readonly Resource[] | undefined;
  events?: readonly Event[] | undefined;
}

/** The last record per id wins, as if they had been put one after another. */
function lastPerId<T extends { id: string }>(records: readonly T[] = []): T[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}

/**
 * The records as they will be stored, each parsed with its schema: nothing the schema does not
 * list (such as a private field) is ever written, and a write with one bad record writes nothing.
 * @throws InvalidRecordError for the first record that does not match
 */
export function validRecords(records: RecordSet): { members: Member[]; resources: Resource[]; events: Event[] } {
  return {
    members: lastPerId(records.members).map((member) => validRecord('members', member)),
    resources: lastPerId(records.resources).map((resource) => validRecord('resources', resource)),
    events: lastPerId(records.events).map((event) => validRecord('events', event)),
  };
}

/** Statements that bump the data version once, then replace the given records. */
export function putStatements(db: Kysely<StoreDatabase>, records: RecordSet, maxParameters: number): CompiledQuery[] {
  const { members, resources, events } = validRecords(records);
  const statements: CompiledQuery[] = [];
  const deleteIds = (table: RecordTable | 'member_focus', ids: string[]) => {
    for (const chunk of chunksOf(ids, 1, maxParameters)) {
      statements.push(
        table === 'member_focus'
          ? db.deleteFrom('member_focus').where('member_id', 'in', chunk).compile()
          : db.deleteFrom(table).where('id', 'in', chunk).compile(),
      );
    }
  };
  const memberIds = members.map((m) => m.id);
  deleteIds('member_focus', memberIds);
  deleteIds('members', memberIds);
  deleteIds('resources', resources.map((r) => r.id));
  deleteIds('events', events.map((e) => e.id));

  for (const chunk of chunksOf(members.map(memberRow), COLUMNS.members, maxParameters)) {
    statements.push(db.insertInto('members').values(chunk).compile());
  }
  for (const chunk of chunksOf(members.flatMap(memberFocusRows), COLUMNS.member_focus, maxParameters)) {
    statements.push(db.insertInto('member_focus').values(chunk).compile());
  }
  for (const chunk of chunksOf(resources.map(resourceRow), COLUMNS.resources, maxParameters)) {
    statements.push(db.insertInto('resources').values(chunk).compile());
  }
  for (const chunk of chunksOf(events.map(eventRow), COLUMNS.events, maxParameters)) {
    statements.push(db.insertInto('events').values(chunk).compile());
  }
  return statements.length > 0 ? [bumpVersion(db), ...statements] : [];
}

/**
 * A statement that fails when the store holds any member, resource or event: it inserts a
 * second data-version row, which the primary key refuses. Put right after the version bump, it
 * turns a put into "only into an empty store" on every backend, D1's batches included. On
 * PostgreSQL the bump waits for a concurrent seed to commit, and this statement then sees its rows.
 */
export function failUnlessEmpty(db: Kysely<StoreDatabase>): CompiledQuery {
  return db
    .insertInto('meta')
    .columns(['key', 'value'])
    .expression(db
      .selectNoFrom([sql.lit(DATA_VERSION_KEY).as('key'), sql.lit(0).as('value')])
      .where((where) => where.or([
        where.exists(where.selectFrom('members').select('id')),
        where.exists(where.selectFrom('resources').select('id')),
        where.exists(where.selectFrom('events').select('id')),
      ])))
    .compile();
}

/**
 * Statements that delete one record; the bump comes before the delete and only fires if the
 * record exists. The delete of the record itself is always the last statement, so its result
 * tells whether anything was removed.
 */
export function removeStatements(db: Kysely<StoreDatabase>, table: RecordTable, id: string): CompiledQuery[] {
  const statements = [lockVersion(db), bumpVersionIfExists(db, table, id)];
  if (table === 'members') statements.push(db.deleteFrom('member_focus').where('member_id', '=', id).compile());
  statements.push(db.deleteFrom(table).where('id', '=', id).compile());
  return statements;
}
