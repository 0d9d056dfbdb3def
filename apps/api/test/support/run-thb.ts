/** The `thb` command line run as its users run it: `node bin/thb.mjs …` in a child process. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/thb.mjs', import.meta.url));

/** What a run printed, and its exit code. */
export interface ThbRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `thb` with only PATH and the given variables in its environment (so the test's own
 * DATABASE_URL or DATA_DIR never leak in), in `cwd`.
 * @example const { code, stdout } = await runThb(['keys', 'list'], { DATA_DIR: dir });
 */
export function runThb(args: readonly string[], env: Record<string, string>, cwd = join(bin, '..')): Promise<ThbRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      });
  });
}
