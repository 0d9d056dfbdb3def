-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "portal_call" ("id" text primary key, "document" text not null, "opens_at" text not null, "closes_at" text not null, "time_zone" text not null, "revision" integer not null, "created_at" text not null, "updated_at" text not null, "notified_at" text);
create index "portal_call_opens" on "portal_call" ("opens_at");
create table "call_subscriber" ("email" text primary key, "locale" text not null, "confirm_hash" text, "unsubscribe_token" text not null unique, "created_at" text not null, "confirmed_at" text);
create index "call_subscriber_confirm" on "call_subscriber" ("confirm_hash");
create table "application" ("id" text primary key, "call_id" text not null references "portal_call" ("id"), "status" text not null, "organisation" text not null, "country" text, "focus" text not null, "contact_name" text not null, "contact_email" text not null, "contact_locale" text not null, "token_hash" text not null unique, "created_at" text not null, "updated_at" text not null, "submitted_at" text, "decided_at" text, "reason" text, "member_id" text);
create index "application_call" on "application" ("call_id", "created_at");
create table "entry_check" ("member_id" text primary key, "last_confirmed_at" text, "last_sent_at" text, "token_hash" text, "token_expires_at" text);
create index "entry_check_token" on "entry_check" ("token_hash");
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0005-portal', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
