/**
 * `runMain` in real processes: an entry that starts two services on a SQLite store in a fresh
 * folder, then gets SIGTERM. One of the services can be made to hang on close, as a server
 * does while a client keeps its connection open.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'thb-node-main-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ENTRY = `
import { createServer, connect } from 'node:net';
import { runMain } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'node-main.ts')).href)};
void runMain(() => {
  if (process.env.FAIL) throw new Error('FAIL: a wrong variable');
  return {
    dataDir: process.env.DATA_DIR,
    shutdownTimeoutMs: 500,
    async start({ store, backend }) {
      const { total } = await store.members.list({}, { page: 1, pageSize: 1 });
      const server = createServer(() => undefined);
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      // A client that never hangs up keeps server.close() waiting.
      if (process.env.HANG) connect(server.address().port, '127.0.0.1');
      console.log('started on ' + backend + ' with ' + total + ' members');
      return [
        { close: async () => console.log('closed first') },
        { close: () => new Promise((resolve) => server.close(() => { console.log('closed second'); resolve(); })) },
      ];
    },
  };
});
`;

/** Runs the entry above until it prints that it started, sends SIGTERM, and returns what it did. */
function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  // From the package folder, where `tsx` (a dev dependency) resolves.
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', ENTRY], {
    cwd: join(import.meta.dirname, '..'),
    env: { PATH: process.env.PATH ?? '', DATA_DIR: join(folder, 'data'), ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let signalled = false;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    // Once: a second signal means "exit now".
    if (!signalled && output.includes('started on')) signalled = child.kill('SIGTERM');
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('runMain', () => {
  it('seeds an empty store, starts the services, and on SIGTERM closes them in reverse order, then exits 0', async () => {
    const { code, output } = await run({});
    expect(output).toMatch(/Seeded demo data into SQLite in .*\nstarted on sqlite with [1-9]\d* members\nSIGTERM: shutting down\nclosed second\nclosed first\n$/);
    expect(code).toBe(0);
    const again = await run({});
    expect(again.output).not.toContain('Seeded'); // existing data is never touched
    expect(again.code).toBe(0);
  }, 30_000);

  it('exits with code 1 when a service hangs on close', async () => {
    const { code, output } = await run({ HANG: '1' });
    expect(output).toContain('Shutdown took longer than 500 ms; exiting anyway');
    expect(output).not.toContain('closed second');
    expect(code).toBe(1);
  }, 30_000);

  it('exits with code 1 and the message alone when the configuration fails', async () => {
    const { code, output } = await run({ FAIL: '1' });
    expect(output.trim()).toBe('FAIL: a wrong variable');
    expect(code).toBe(1);
  }, 30_000);
});
