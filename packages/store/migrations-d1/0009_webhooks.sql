-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "webhook_endpoint" ("id" text primary key, "member_id" text, "url" text not null, "event_kinds" text not null, "secret" text not null, "enabled" integer not null, "disabled_reason" text, "created_at" text not null, "consecutive_failures" bigint not null);
create index "webhook_endpoint_member" on "webhook_endpoint" ("member_id");
create table "webhook_delivery" ("id" text primary key, "endpoint_id" text not null, "event_kind" text not null, "payload" text not null, "attempt" bigint not null, "next_attempt_at" text, "status" text not null, "last_status_code" integer, "last_error" text, "created_at" text not null, "updated_at" text not null);
create index "webhook_delivery_due" on "webhook_delivery" ("next_attempt_at");
create index "webhook_delivery_endpoint" on "webhook_delivery" ("endpoint_id", "created_at");
create table "webhook_delivery_attempt" ("id" text primary key, "delivery_id" text not null, "attempt" bigint not null, "started_at" text not null, "status_code" integer, "error" text, "duration_ms" bigint);
create index "webhook_delivery_attempt_delivery" on "webhook_delivery_attempt" ("delivery_id");
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0009-webhooks', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
