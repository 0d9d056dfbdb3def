/** The bot's entry run as a user runs it (`tsx src/index.ts`), in a process of its own. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const botDir = fileURLToPath(new URL('../..', import.meta.url));

/** A started bot process. */
export interface BotProcess {
  child: ChildProcess;
  /** Its base URL once it listens; rejects with its output if it exits first. */
  listening: Promise<string>;
  /** Its exit code, once it has exited. */
  exited: Promise<number | null>;
  /** Everything it printed so far. */
  output(): string;
}

/**
 * Starts `src/index.ts` with only PATH and the given variables in its environment.
 * @example const bot = runBotProcess({ PORT_BOT: '0', DATA_DIR: dir }); const url = await bot.listening;
 */
export function runBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: botDir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listening = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)\/api\/messages/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  // A test that fails before awaiting `listening` must not also report an unhandled rejection.
  listening.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, listening, exited, output: () => output };
}
