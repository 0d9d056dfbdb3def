-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "mail_queue" ("id" text primary key, "recipient" text not null, "subject" text not null, "text" text not null, "html" text, "headers" text, "created_at" text not null, "attempts" bigint not null, "next_attempt_at" text, "sent_at" text, "last_error" text);
create index "mail_queue_due" on "mail_queue" ("next_attempt_at");
create index "mail_queue_created" on "mail_queue" ("created_at");
alter table "user" add column "locale" text;
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0007-mail-queue', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
