/** The built Node entry (bundled by test/build-entries.ts), run as a user would: `node apps/api/dist/server.js`. */
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberPage } from '@thb/schema';
import { runBuiltServer } from '../test/support/built-server.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'thb-api-dist-'));
}, 60_000);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const runServer = (env: Record<string, string>) => runBuiltServer(env, dataDir);

/** A connection that sends nothing, as a slow or hostile client's would. */
function idleSocket(port: number): Promise<{ socket: Socket; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => undefined); // a dropped connection is reset: expected
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

describe('node dist/server.js', () => {
  it('seeds demo data on first start, serves the API and /docs, and stops on SIGTERM', async () => {
    const server = runServer({ PORT: '0', DATA_DIR: join(dataDir, 'data') });
    const url = await server.listening;
    expect(server.output()).toContain('Seeded demo data');
    const members = MemberPage.parse(await (await fetch(`${url}/v1/members`)).json());
    expect(members.total).toBeGreaterThan(10);
    expect((await fetch(`${url}/docs/swagger-ui.css`)).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const restarted = runServer({ PORT: '0', DATA_DIR: join(dataDir, 'data') });
    const again = await restarted.listening;
    expect(restarted.output()).not.toContain('Seeded'); // existing data is never touched
    expect(MemberPage.parse(await (await fetch(`${again}/v1/members`)).json()).total).toBe(members.total);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  }, 30_000);

  it('keeps answering after many idle sockets: drops those past the limit and closes the idle ones', async () => {
    // 300 idle sockets against a file-descriptor limit of 128 took a server without limits offline.
    const server = runBuiltServer({
      PORT: '0', DATA_DIR: join(dataDir, 'idle'), HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_MAX_CONNECTIONS: '40',
    }, dataDir, { maxOpenFiles: 128 });
    try {
      const url = await server.listening;
      const sockets = await Promise.all(Array.from({ length: 300 }, () => idleSocket(Number(new URL(url).port))));
      // The server ends every one of them, none by the client: dropped at once or timed out.
      await Promise.all(sockets.map(({ closed }) => closed));
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      for (const { socket } of sockets) socket.destroy();
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 30_000);

  it('refuses a wrong environment with a clear message', async () => {
    const server = runServer({ PORT: 'eighty', DATA_DIR: join(dataDir, 'bad') });
    await expect(server.listening).rejects.toThrow(/PORT/);
    expect(await server.exited).toBe(1);
  }, 30_000); // loading the 8 MB bundle takes seconds on a busy 2-core machine

  it('stops, rather than falling back to SQLite, when DATABASE_URL cannot be reached', async () => {
    const server = runServer({ PORT: '0', DATA_DIR: join(dataDir, 'pg'), DATABASE_URL: 'postgres://thb@127.0.0.1:1/thb' });
    await expect(server.listening).rejects.toThrow(/ECONNREFUSED|connect/);
    expect(await server.exited).toBe(1);
  }, 30_000);
});
