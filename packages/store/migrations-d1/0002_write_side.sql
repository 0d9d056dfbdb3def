-- Generated from packages/store/src/migrations by `pnpm --filter @thb/store migrations:d1`; do not edit.
create table "record_state" ("kind" text not null, "id" text not null, "revision" bigint not null, "status" text not null, "organisation_id" text, "document" text, "reason" text, "deleted_at" text, "updated_at" text not null, constraint "record_state_pk" primary key ("kind", "id"));
create index "record_state_status" on "record_state" ("status", "kind");
create table "pending_change" ("id" text primary key, "kind" text not null, "record_id" text not null, "organisation_id" text, "document" text not null, "fields" text not null, "requested_by" text not null, "requested_at" text not null);
create index "pending_change_record" on "pending_change" ("kind", "record_id");
create table "audit_log" ("id" text primary key, "at" text not null, "actor" text not null, "actor_label" text not null, "organisation_id" text, "route" text not null, "kind" text not null, "record_id" text not null, "action" text not null, "before" text, "after" text);
create index "audit_log_record" on "audit_log" ("kind", "record_id", "id");
create index "audit_log_organisation" on "audit_log" ("organisation_id", "id");
create index "audit_log_actor" on "audit_log" ("actor", "id");
create table "idempotent_request" ("actor" text not null, "key" text not null, "fingerprint" text not null, "status" bigint not null, "revision" bigint not null, "body" text not null, "headers" text not null, "created_at" text not null, constraint "idempotent_request_pk" primary key ("actor", "key"));
create table "api_key" ("id" text primary key, "prefix" text not null unique, "hash" text not null, "name" text not null, "organisation_id" text, "created_at" text not null, "created_by" text not null, "last_used_at" text, "revoked_at" text);
create index "api_key_organisation" on "api_key" ("organisation_id");
create table "organisation_setting" ("member_id" text primary key, "trusted" bigint not null, "updated_at" text not null);
create table "secretariat_person" ("email" text primary key, "added_at" text not null);
create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null);
create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null);
insert or ignore into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0);
insert into "kysely_migration" ("name", "timestamp") values ('0002-write-side', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
