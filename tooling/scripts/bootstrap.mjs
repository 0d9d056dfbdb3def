#!/usr/bin/env node
/**
 * The README's two commands on a fresh machine with only Node.js and npm: `npm start` and
 * `npm test` (and `pnpm start` / `pnpm test`) run this, which sets up what is missing and then
 * runs the command. Every step checks first, so a second run costs a few tenths of a second.
 *
 * - both: pnpm 12.4.2 (a global `npm i -g` where allowed, else through npx), then
 *   `pnpm install --frozen-lockfile` when the lockfile or a package.json is newer than the last
 *   install (better-sqlite3 compiles from source: g++, make, python3);
 * - test: Chromium and PostgreSQL too, with role `thb` and database `thb_test`, installed and
 *   started when run as root; otherwise it stops and prints the commands to run.
 *
 * Usage: node tooling/scripts/bootstrap.mjs start | test [vitest arguments]
 * Node built-ins only: under npm it runs before node_modules exist.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const DEFAULT_TEST_DATABASE = 'postgres://thb:thb@127.0.0.1:5432/thb_test';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IS_ROOT = process.getuid?.() === 0;
const [mode, ...args] = process.argv.slice(2);

/** @param {string} message */
const say = (message) => console.log(`[bootstrap] ${message}`);
/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}
/** @param {string} command @param {string[]} commandArgs @param {import('node:child_process').SpawnSyncOptions} [options] */
function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) fail(`${command} ${commandArgs.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}).`);
}
/** @param {string} command */
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
/** @param {string} command @param {string[]} commandArgs */
const output = (command, commandArgs) => spawnSync(command, commandArgs, { encoding: 'utf8' }).stdout?.trim() ?? '';

/** Puts pnpm 12.4.2 on PATH for this process and everything it starts (turbo runs scripts through pnpm). */
function ensurePnpm() {
  if (process.env.npm_config_user_agent?.startsWith(`pnpm/${PNPM_VERSION} `)) return;
  if (output('pnpm', ['-v']) === PNPM_VERSION) return;
  const prefix = output('npm', ['prefix', '-g']);
  let writable = IS_ROOT;
  try {
    accessSync(existsSync(join(prefix, 'lib/node_modules')) ? join(prefix, 'lib/node_modules') : prefix, constants.W_OK);
    writable = true;
  } catch {
    // Not ours to write: fall back to npx below.
  }
  if (writable) {
    say(`pnpm ${PNPM_VERSION}: npm i -g pnpm@${PNPM_VERSION}`);
    run('npm', ['i', '-g', `pnpm@${PNPM_VERSION}`]);
    process.env.PATH = `${join(prefix, 'bin')}${delimiter}${process.env.PATH}`;
    return;
  }
  // A pnpm on PATH that runs the pinned version through npx (cached after the first call).
  const bin = join(ROOT, '.cache/bootstrap/bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'pnpm'), `#!/bin/sh\nexec npx -y pnpm@${PNPM_VERSION} "$@"\n`);
  chmodSync(join(bin, 'pnpm'), 0o755);
  process.env.PATH = `${bin}${delimiter}${process.env.PATH}`;
  say(`pnpm ${PNPM_VERSION}: through npx (npm's global folder ${prefix} is not writable)`);
}

/** The lockfile, the workspace file and every workspace package.json. */
function manifests() {
  const workspace = readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8');
  const patterns = /^packages:\n((?:\s+-.*\n)+)/m.exec(workspace)?.[1]?.match(/[^\s'"-][^\s'"]*/g) ?? [];
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(ROOT, pattern)];
    const parent = join(ROOT, pattern.slice(0, -2));
    return existsSync(parent) ? readdirSync(parent).map((name) => join(parent, name)) : [];
  });
  return ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'].map((file) => join(ROOT, file))
    .concat(dirs.map((dir) => join(dir, 'package.json')).filter((file) => existsSync(file)));
}

/** Whether node_modules is at least as new as the lockfile and every package.json. */
function installed() {
  const marker = join(ROOT, 'node_modules/.modules.yaml');
  return existsSync(marker) && manifests().every((file) => statSync(file).mtimeMs <= statSync(marker).mtimeMs);
}

function install() {
  say('pnpm install --frozen-lockfile');
  const env = { ...process.env };
  // better-sqlite3 builds against the system's Node headers; pnpm reads this only from the environment.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node')) env.npm_config_nodedir = '/usr';
  run('pnpm', ['install', '--frozen-lockfile'], { env });
  // pnpm leaves the marker alone when nothing changed; the next run must still see "installed".
  const now = new Date();
  utimesSync(join(ROOT, 'node_modules/.modules.yaml'), now, now);
}

/** @param {string} url @returns {Promise<boolean>} */
function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432), timeout: 2000 });
    const done = (/** @type {boolean} */ up) => {
      socket.destroy();
      resolve(up);
    };
    socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false));
  });
}

/**
 * Starts the local server if needed and makes role thb and database thb_test (as root). Each test
 * file creates a randomly named database of its own through TEST_DATABASE_URL and drops it
 * afterwards, so thb_test only has to exist: it is never dropped, since another test run on the
 * same server may be using it.
 * @param {string} url
 */
async function setUpPostgres(url) {
  if (!(await reachable(url))) {
    const version = readdirSync('/etc/postgresql').sort((a, b) => Number(a) - Number(b)).at(-1) ?? '';
    say(`starting PostgreSQL ${version}`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
    for (let i = 0; i < 30 && !(await reachable(url)); i++) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  /** @param {string} sql */
  const psql = (sql) => output('su', ['postgres', '-c', `psql -qtAc "${sql}"`]);
  if (psql("SELECT 1 FROM pg_roles WHERE rolname='thb'") !== '1') {
    say('PostgreSQL: creating role thb');
    psql("CREATE ROLE thb LOGIN SUPERUSER PASSWORD 'thb'");
  }
  if (psql("SELECT 1 FROM pg_database WHERE datname='thb_test'") !== '1') {
    say('PostgreSQL: creating database thb_test');
    psql('CREATE DATABASE thb_test OWNER thb');
  }
}

if (mode !== 'start' && mode !== 'test') fail('Usage: node tooling/scripts/bootstrap.mjs start | test [vitest arguments]');
// Nothing we run reports to its vendor or checks for its own updates (wrangler's banner would).
Object.assign(process.env, {
  TURBO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', npm_config_update_notifier: 'false',
});

// What the machine lacks, all found before anything is installed, so a missing part stops the
// run at once with every command to run, not after minutes of installing.
const needsInstall = !installed();
/** Debian packages to install. */
const missing = needsInstall ? ['g++', 'make', 'python3'].filter((tool) => !has(tool)) : [];
/** Commands that set up the test database, for someone who is not root. */
const postgresSteps = [];
let postgresLocal = false;
if (mode === 'test') {
  const chromium = (process.env.CHROMIUM_PATH ??= '/usr/bin/chromium');
  if (!existsSync(chromium)) {
    if (chromium !== '/usr/bin/chromium') fail(`CHROMIUM_PATH is ${chromium}, which does not exist.`);
    missing.push('chromium');
  }
  const url = (process.env.TEST_DATABASE_URL ??= DEFAULT_TEST_DATABASE);
  postgresLocal = url === DEFAULT_TEST_DATABASE;
  if (!(await reachable(url))) {
    if (!postgresLocal) fail(`TEST_DATABASE_URL names a PostgreSQL server that does not answer (${new URL(url).host}).`);
    if (!has('pg_ctlcluster')) missing.push('postgresql');
    postgresSteps.push(
      '  sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -1) main start',
      `  sudo -u postgres psql -c "CREATE ROLE thb LOGIN SUPERUSER PASSWORD 'thb'"`,
      `  sudo -u postgres psql -c "CREATE DATABASE thb_test OWNER thb"`,
    );
  }
}
if (!IS_ROOT && (missing.length > 0 || postgresSteps.length > 0)) {
  fail([`npm ${mode} needs ${[...missing, ...(postgresSteps.length ? ['a running PostgreSQL with role thb and database thb_test'] : [])].join(', ')}.`,
    'Run it as root and it sets these up itself, or run:',
    ...(missing.length ? [`  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`] : []),
    ...postgresSteps,
    ...(mode === 'test' ? ['(CHROMIUM_PATH and TEST_DATABASE_URL point the tests at a Chromium or a PostgreSQL elsewhere.)'] : [])].join('\n'));
}
if (missing.length > 0) {
  if (!has('apt-get')) fail(`npm ${mode} needs ${missing.join(', ')}; install them with your system's package manager.`);
  say(`apt-get install ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
if (mode === 'test' && postgresLocal && IS_ROOT) await setUpPostgres(DEFAULT_TEST_DATABASE);
ensurePnpm();
if (needsInstall) install();

/** @param {string} pkg @param {string} file */
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);
if (mode === 'start') {
  run(process.execPath, [bin('turbo', 'bin/turbo'), 'run', 'build', '--filter=@thb/api', '--filter=@thb/bot', '--filter=@thb/site', '--filter=@thb/widgets', '--output-logs=new-only']);
  await import('./start.mjs');
} else {
  // Ctrl+C reaches vitest too (same process group); this process waits for it to finish.
  process.on('SIGINT', () => {});
  const result = spawnSync(process.execPath, [bin('vitest', 'vitest.mjs'), 'run', ...args], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}
