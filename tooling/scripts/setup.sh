#!/usr/bin/env bash
# One-time set-up on a fresh machine, also used by CI: pnpm, the workspace's dependencies and,
# when run as root, the system parts the tests need (Chromium, PostgreSQL with a test role).
# Safe to run again: every step checks first.
set -euo pipefail
cd "$(dirname "$0")/../.."

PNPM_VERSION=12.4.2
TEST_DB=thb_test

step() { printf '\n== %s\n' "$1"; }

system_parts() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
  # better-sqlite3 compiles from source here (no prebuilt binaries can be fetched).
  command -v g++ >/dev/null || missing+=(g++)
  command -v make >/dev/null || missing+=(make)
  command -v python3 >/dev/null || missing+=(python3)
  if ((${#missing[@]} == 0)); then return; fi
  if [[ $EUID -ne 0 ]]; then
    echo "missing system packages: ${missing[*]} — run this script as root, or: sudo apt-get install -y ${missing[*]}"
    return
  fi
  step "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

postgres() {
  if [[ $EUID -ne 0 ]] || ! command -v pg_ctlcluster >/dev/null; then
    echo "PostgreSQL tests need a running server and TEST_DATABASE_URL (see README, 'System parts')"
    return
  fi
  step "PostgreSQL"
  local version
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do su postgres -c 'pg_isready -q' && break; sleep 1; done
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='thb'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE thb LOGIN SUPERUSER PASSWORD 'thb'\""
  # A fresh test database on every set-up, so no state leaks between CI runs.
  su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $TEST_DB'"
  su postgres -c "psql -qc 'CREATE DATABASE $TEST_DB OWNER thb'"
}

system_parts
postgres

step "pnpm $PNPM_VERSION"
if [[ "$(pnpm -v 2>/dev/null || true)" != "$PNPM_VERSION" ]]; then
  npm i -g "pnpm@$PNPM_VERSION" >/dev/null
fi

step "pnpm install"
# better-sqlite3 builds against the system's Node headers; pnpm only reads this from the environment.
npm_config_nodedir="${npm_config_nodedir:-/usr}" pnpm install --frozen-lockfile
