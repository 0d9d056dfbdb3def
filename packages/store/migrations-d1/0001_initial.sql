-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "meta" ("key" text primary key, "value" bigint not null);
insert into "meta" ("key", "value") values ('data_version', cast(strftime('%s', 'now') as integer) - 1704067200);
create table "members" ("id" text primary key, "name_key" text not null, "country" text not null, "scope" text not null, "search_text" text not null, "document" text not null);
create index "members_name_key" on "members" ("name_key", "id");
create index "members_country" on "members" ("country");
create table "member_focus" ("member_id" text not null, "focus" text not null, constraint "member_focus_pk" primary key ("member_id", "focus"));
create index "member_focus_focus" on "member_focus" ("focus", "member_id");
create table "resources" ("id" text primary key, "type" text not null, "published" text not null, "document" text not null);
create table "events" ("id" text primary key, "kind" text not null, "status" text not null, "format" text not null, "date_precision" text not null, "starts_at" text not null, "ends_at" text not null, "document" text not null);
create index "events_starts_at" on "events" ("starts_at", "id");
create index "events_ends_at" on "events" ("ends_at", "id");
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0001-initial', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
