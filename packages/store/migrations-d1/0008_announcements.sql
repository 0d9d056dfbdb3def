-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "announcement" ("id" text primary key, "title" text not null, "text" text not null, "event_ids" text not null, "resource_ids" text not null, "audience" text not null, "public" integer not null, "status" text not null, "published_at" text, "revision" bigint not null, "author" text not null, "created_at" text not null, "updated_at" text not null);
create index "announcement_published" on "announcement" ("status", "published_at");
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0008-announcements', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
