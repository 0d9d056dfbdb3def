-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "notification_preference" ("person_id" text primary key, "preferences" text not null, "updated_at" text not null);
create table "notification_watermark" ("person_id" text not null, "kind" text not null, "seen_until" text not null, "last_sent_at" text, constraint "notification_watermark_pk" primary key ("person_id", "kind"));
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0011-notifications', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
