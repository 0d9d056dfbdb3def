// Bodies against a real listening socket: what a hostile client can make the Node server read.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_MEDIA_TYPE, Problem } from '@thb/schema';
import { startServer, type RunningServer } from '../../node/start-server.ts';
import { invalidNames } from '../../../test/support/expect-problem.ts';
import { TEST_NOW } from '../../../test/support/fixtures.ts';
import { openTestStore, type TestStore } from '../../../test/support/test-store.ts';
import { CHAT_BODY_LIMIT } from './index.ts';

let testStore: TestStore;
let server: RunningServer;

beforeAll(async () => {
  testStore = await openTestStore();
  server = await startServer({ store: testStore.store, now: () => TEST_NOW, logger: { error: () => {} } });
});
afterAll(async () => {
  await server.close();
  await testStore.close();
});

interface Upload {
  status: number;
  contentType: string | undefined;
  body: string;
  /** Bytes the client had written when the answer came. */
  sent: number;
}

/**
 * Streams up to `total` bytes of a JSON string in 64 KB chunks, stopping as soon as the server
 * answers, the way a client pushing a huge upload would. `declared` sends a Content-Length.
 */
function streamUpload(path: string, total: number, declared: boolean): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (declared) headers['content-length'] = String(total);
    const req = request(`${server.url}${path}`, { method: 'POST', headers }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, contentType: res.headers['content-type'], body, sent }));
    });
    // The server may close the connection while we still write: that is the point.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!answered && sent < total) {
        const first = sent === 0 ? Buffer.from('{"text":"') : chunk;
        sent += first.length;
        if (!req.write(first)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}');
    };
    pump();
  });
}

function post(body: string) {
  return fetch(`${server.url}/v1/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('POST /v1/chat bodies', () => {
  it.each([
    ['with a Content-Length', true],
    ['streamed in chunks', false],
  ])('refuses an oversized body %s with a 413 problem, before it has all been sent', async (_name, declared) => {
    const total = 64 * 1024 * 1024;
    const upload = await streamUpload('/v1/chat', total, declared);
    expect(upload.status).toBe(413);
    expect(upload.contentType).toBe(PROBLEM_MEDIA_TYPE);
    expect(Problem.parse(JSON.parse(upload.body)).detail).toMatch(/larger than \d+ bytes/);
    expect(upload.sent).toBeLessThan(total);
    // The server is still there for everyone else.
    expect((await post('{"text":"hello"}')).status).toBe(200);
  });

  it('limits other routes too, before routing reads anything', async () => {
    const upload = await streamUpload('/v1/members', 64 * 1024 * 1024, false);
    expect(upload.status).toBe(413);
    expect(upload.sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses deeply nested JSON without parsing it, and a body just over the limit', async () => {
    const deep = `{"text":"hi","x":${'['.repeat(4000)}${']'.repeat(4000)}}`;
    expect(deep.length).toBeLessThan(CHAT_BODY_LIMIT);
    const nested = await post(deep);
    expect(nested.status).toBe(400);
    const problem = Problem.parse(await nested.json());
    expect(invalidNames(problem)).toEqual(['body:(body)']);
    expect(problem.detail).toMatch(/nest/);
    // Brackets inside strings are text, not nesting.
    expect((await post(JSON.stringify({ text: `what is [[[[[[[[[[trafficking]]]]]]]]]]` }))).status).toBe(200);
    const over = await post(JSON.stringify({ text: 'x'.repeat(CHAT_BODY_LIMIT) }));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toBe(PROBLEM_MEDIA_TYPE);
  });

  it('accepts the longest message in the worst encoding', async () => {
    // Every character escaped as \uXXXX: six bytes each on the wire.
    const text = 'é'.repeat(1000);
    const body = `{"text":"${text.replace(/é/g, '\\u00e9')}"}`;
    expect(body.length).toBeGreaterThan(6000);
    expect((await post(body)).status).toBe(200);
  });
});
