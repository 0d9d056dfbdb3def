-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
alter table "meeting" add column "title" text default '{}' not null;
alter table "meeting" add column "body" text default '{}' not null;
alter table "meeting" add column "place" text;
alter table "meeting" add column "time_zone" text default 'UTC' not null;
alter table "meeting" add column "starts_at" text;
alter table "meeting" add column "ends_at" text;
alter table "meeting" add column "tentative" text;
alter table "meeting" add column "status" text default 'planned' not null;
alter table "meeting" add column "reminded_7d_at" text;
alter table "meeting" add column "reminded_1d_at" text;
alter table "mail_queue" add column "attachments" text;
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0013-meeting-details', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
