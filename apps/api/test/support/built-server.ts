/** The built Node entry (dist/server.js, built before the tests by `built: true`), run as a user would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/** A started `node dist/server.js`. */
export interface BuiltServer {
  child: ChildProcess;
  /** Its URL once it listens; rejects with its output if it exits first. */
  listening: Promise<string>;
  /** Its exit code, once it has exited. */
  exited: Promise<number | null>;
  /** Everything it printed so far. */
  output(): string;
}

/** Options of {@link runBuiltServer}. */
export interface BuiltServerOptions {
  /** The process's file-descriptor limit (`ulimit -n`), as a small server would have it. */
  maxOpenFiles?: number;
}

/**
 * Starts dist/server.js with only PATH and the given variables in its environment.
 * @example const server = runBuiltServer({ PORT: '0', DATA_DIR: dir }); const url = await server.listening;
 */
export function runBuiltServer(env: Record<string, string>, cwd = apiDir, options: BuiltServerOptions = {}): BuiltServer {
  const script = join(apiDir, 'dist/server.js');
  const [command, args] = options.maxOpenFiles === undefined
    ? [process.execPath, [script]]
    : ['bash', ['-c', `ulimit -n ${Math.trunc(options.maxOpenFiles)} && exec "$0" "$1"`, process.execPath, script]];
  const child = spawn(command, args, {
    cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, listening, exited, output: () => output };
}
