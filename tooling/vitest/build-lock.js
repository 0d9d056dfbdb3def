/**
 * One build at a time across processes: a second vitest run, a bench or an engineer's own
 * `pnpm build` may start turbo while another is still writing the same `dist/` (turbo itself
 * does not lock across processes). The lock is a directory (mkdir is atomic) holding its
 * owner's pid; a lock whose owner died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const LOCKS = fileURLToPath(new URL('../../node_modules/.cache/thb-build-locks/', import.meta.url));
/** Longer than any build on a slow machine; after that, waiting is a bug worth reporting. */
const MAX_WAIT_MS = 10 * 60_000;

/** @param {string} lock */
function ownerAlive(lock) {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // No pid yet: the owner is between mkdir and writing it, unless that was long ago.
    try {
      return Date.now() - statSync(lock).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * Runs `work` while holding the lock called `name`, waiting for another holder to finish.
 * @template T
 * @param {string} name
 * @param {() => T | Promise<T>} work
 * @returns {Promise<T>}
 * @example await withBuildLock('build', () => runTurbo());
 */
export async function withBuildLock(name, work) {
  mkdirSync(LOCKS, { recursive: true });
  const lock = join(LOCKS, `${name}.lock`);
  const deadline = Date.now() + MAX_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    if (!ownerAlive(lock)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Waited ${MAX_WAIT_MS / 60_000} minutes for the "${name}" build lock (${lock}); remove it if no build is running.`);
    }
    await sleep(200);
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
