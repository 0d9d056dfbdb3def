-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "meeting" ("event_id" text primary key, "capacity_total" integer not null, "capacity_per_member" integer, "registration_deadline" text, "online" integer not null, "ical_uid" text not null, "ical_sequence" integer not null, "revision" bigint not null, "created_at" text not null, "updated_at" text not null);
create table "meeting_registration" ("id" text primary key, "event_id" text not null, "member_id" text not null, "name" text not null, "email" text not null, "attendance" text not null, "languages" text not null, "accessibility" text, "status" text not null, "position" bigint not null, "registered_by" text not null, "created_at" text not null, "updated_at" text not null);
create index "meeting_registration_order" on "meeting_registration" ("event_id", "status", "position");
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0010-meetings', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
