/**
 * Better Auth's passkey table (`@better-auth/passkey`), copied from its `getMigrations` output
 * like 0003: one row per registered WebAuthn credential of a person, gone with the person.
 * Column names are Better Auth's (camelCase). A test proves Better Auth finds nothing to add.
 */
import type { Kysely } from 'kysely';
import { booleanType, timestampType } from './portable.ts';

// Migrations take `Kysely<any>` on purpose: they must not depend on today's schema type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('passkey')
    .addColumn('id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('name', 'text')
    .addColumn('publicKey', 'text', (c) => c.notNull())
    .addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('credentialID', 'text', (c) => c.notNull())
    .addColumn('counter', 'integer', (c) => c.notNull())
    .addColumn('deviceType', 'text', (c) => c.notNull())
    .addColumn('backedUp', booleanType(db), (c) => c.notNull())
    .addColumn('transports', 'text')
    .addColumn('createdAt', timestampType(db))
    .addColumn('aaguid', 'text')
    .execute();
  await db.schema.createIndex('passkey_userId_idx').on('passkey').column('userId').execute();
  await db.schema.createIndex('passkey_credentialID_idx').on('passkey').column('credentialID').execute();
}

/** Drops the table `up` created. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('passkey').execute();
}
