/**
 * Crash test: the built server, on a SQLite file, receives a stream of writes from a few
 * clients at once and is killed with SIGKILL at a random moment. After each restart on the same
 * folder, every write it answered with a 2xx is there as written with its audit row, none it
 * refused is, a retry of an unanswered POST with its Idempotency-Key creates one record, and
 * the file passes `PRAGMA integrity_check`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKeys } from '@thb/store/access';
import { demoData, seedDemoData } from '@thb/store/demo';
import { openStore } from '@thb/store/open';
import { TEST_NOW } from '@thb/store/testing';
import { runBuiltServer, type BuiltServer } from './support/built-server.ts';

const KILLS = 4;
const CLIENTS = 4;
const demo = demoData(TEST_NOW);
/** Each client edits a member of its own, so that its acknowledged PATCHes have one order. */
const MEMBERS = demo.members.slice(0, CLIENTS).map((member) => member.id);
const { updatedAt: _, ...RESOURCE } = demo.resources[0]!;

/** One request of the stream and what became of it: a status, or no answer (the process died). */
interface Sent {
  kind: 'patch' | 'post';
  id: string;
  /** The unique text the write carries: a member's city, a resource's English title. */
  value: string;
  idempotencyKey?: string;
  status: number | 'no answer';
}

let folder: string | undefined;
afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

const resourceBody = (id: string, title: string) => ({ ...RESOURCE, id, title: { en: title } });

/** Sends writes as one client until `stopped()`, recording each; PATCHes chain the ETags they get. */
async function client(base: string, key: string, round: number, index: number, stopped: () => boolean, sent: Sent[]): Promise<void> {
  const member = MEMBERS[index]!;
  let etag = '*';
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  for (let n = 0; !stopped(); n++) {
    const tag = `r${round}-c${index}-n${n}`;
    const step = n % 5;
    let entry: Sent;
    let init: RequestInit;
    if (step === 0 || step === 1) {
      entry = { kind: 'patch', id: member, value: `City ${tag}`, status: 'no answer' };
      init = { method: 'PATCH', headers: { ...headers, 'if-match': etag }, body: JSON.stringify({ city: entry.value }) };
    } else if (step === 2) {
      entry = { kind: 'post', id: `crash-${tag}`, value: `Guide ${tag}`, idempotencyKey: `key-${tag}`, status: 'no answer' };
      init = { method: 'POST', headers: { ...headers, 'idempotency-key': entry.idempotencyKey! }, body: JSON.stringify(resourceBody(entry.id, entry.value)) };
    } else if (step === 3) {
      // A stale ETag (version 1 is older than any write): refused with 412.
      entry = { kind: 'patch', id: member, value: `Refused city ${tag}`, status: 'no answer' };
      init = { method: 'PATCH', headers: { ...headers, 'if-match': `"v1-members-${member}"` }, body: JSON.stringify({ city: entry.value }) };
    } else {
      // A resource that exists already: refused with 409.
      entry = { kind: 'post', id: RESOURCE.id, value: `Refused guide ${tag}`, status: 'no answer' };
      init = { method: 'POST', headers, body: JSON.stringify(resourceBody(entry.id, entry.value)) };
    }
    sent.push(entry);
    try {
      const response = await fetch(`${base}${entry.kind === 'patch' ? `/v1/members/${member}` : '/v1/resources'}`, init);
      await response.arrayBuffer();
      entry.status = response.status;
      if (response.status === 200 && entry.kind === 'patch') etag = response.headers.get('etag')!;
    } catch {
      return; // the server is gone: this write's fate is unknown, and the client stops
    }
  }
}

/** The cities and titles the audit log holds per record, read from the file while the server runs. */
function auditValues(file: string): Map<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('select record_id, after from audit_log order by id').all() as { record_id: string; after: string | null }[];
    const values = new Map<string, string[]>();
    for (const row of rows) {
      const after = row.after ? (JSON.parse(row.after) as { city?: string; title?: { en?: string } }) : {};
      const value = after.city ?? after.title?.en;
      if (value !== undefined) values.set(row.record_id, [...(values.get(row.record_id) ?? []), value]);
    }
    return values;
  } finally {
    db.close();
  }
}

function integrity(file: string): unknown {
  const db = new Database(file);
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

describe('the built server killed with SIGKILL during writes (SQLite)', () => {
  it('keeps every acknowledged write with its audit row, none refused, and an intact file', async () => {
    folder = await mkdtemp(join(tmpdir(), 'thb-write-crash-'));
    const file = join(folder, 'thb.sqlite');
    const opened = await openStore({ dataDir: folder, seed: (store) => seedDemoData(store, TEST_NOW) });
    const key = (await createApiKeys(opened.store.db).create({ organisationId: null, name: 'crash test', createdBy: 'test' })).key;
    const startVersion = await opened.store.dataVersion();
    await opened.store.close();

    const env = { PORT: '0', DATA_DIR: folder, WRITE_BURST: '100000', WRITES_PER_MINUTE: '1000000' };
    /** The city each member may have now: the last acknowledged one, or one whose answer was lost. */
    const possibleCities = new Map(demo.members.slice(0, CLIENTS).map((m) => [m.id, new Set([m.city])]));
    const acknowledged: Sent[] = [];
    const refused: Sent[] = [];
    let unanswered: Sent[] = [];
    let server: BuiltServer | undefined;
    try {
      for (let round = 0; round <= KILLS; round++) {
        server = runBuiltServer(env);
        const base = await server.listening;
        const get = (path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } });

        // What the previous process answered, checked on the restarted one.
        const audit = auditValues(file);
        for (const write of acknowledged) {
          expect(audit.get(write.id), `audit row of ${write.value}`).toContain(write.value);
          if (write.kind === 'post') {
            const stored = (await (await get(`/v1/resources/${write.id}`)).json()) as { title: string };
            expect(stored.title, write.id).toBe(write.value);
          }
        }
        for (const write of refused) {
          expect(audit.get(write.id) ?? [], `refused ${write.value}`).not.toContain(write.value);
        }
        expect(((await (await get(`/v1/resources/${RESOURCE.id}`)).json()) as { title: string }).title).toBe(RESOURCE.title.en);
        for (const [member, cities] of possibleCities) {
          const { city } = (await (await get(`/v1/members/${member}`)).json()) as { city: string };
          expect([...cities], member).toContain(city);
        }
        // A client that got no answer retries its POST with the same key: one record, one audit row.
        for (const write of unanswered.filter((w) => w.kind === 'post' && w.idempotencyKey)) {
          const retry = await fetch(`${base}/v1/resources`, {
            method: 'POST', body: JSON.stringify(resourceBody(write.id, write.value)),
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': write.idempotencyKey! },
          });
          expect(retry.status, write.id).toBe(201);
          const rows = (await (await get(`/v1/audit?record=${write.id}`)).json()) as { total: number };
          expect(rows.total, write.id).toBe(1);
          write.status = 201;
          acknowledged.push(write);
        }
        // Nothing committed without its audit row: every write bumps the data version once.
        const health = (await (await fetch(`${base}/healthz`)).json()) as { dataVersion: number };
        const all = (await (await get('/v1/audit?pageSize=1')).json()) as { total: number };
        expect(health.dataVersion - startVersion).toBe(all.total);
        if (round === KILLS) {
          server.child.kill('SIGTERM');
          expect(await server.exited).toBe(0);
          server = undefined;
          break;
        }

        let killed = false;
        const sent: Sent[] = [];
        const stream = Promise.all(MEMBERS.map((_, index) => client(base, key, round, index, () => killed, sent)));
        const delay = 400 + Math.random() * 1200;
        await new Promise((resolve) => setTimeout(resolve, delay));
        killed = true;
        server.child.kill('SIGKILL');
        await Promise.all([stream, server.exited]);
        server = undefined;
        expect(integrity(file), `after a kill at ${delay.toFixed(0)} ms`).toBe('ok');

        const answered = sent.filter((w) => w.status !== 'no answer');
        expect(answered.length, 'writes answered before the kill').toBeGreaterThan(CLIENTS);
        expect(answered.every((w) => [200, 201, 409, 412].includes(w.status as number)), JSON.stringify(answered.map((w) => w.status))).toBe(true);
        acknowledged.push(...answered.filter((w) => w.status === 200 || w.status === 201));
        refused.push(...answered.filter((w) => w.status === 409 || w.status === 412));
        unanswered = sent.filter((w) => w.status === 'no answer');
        for (const member of MEMBERS) {
          const own = sent.filter((w) => w.kind === 'patch' && w.id === member && w.status !== 409 && w.status !== 412);
          const lastAcknowledged = own.findLastIndex((w) => w.status === 200);
          const after = own.slice(lastAcknowledged + 1).map((w) => w.value);
          const before = lastAcknowledged >= 0 ? [own[lastAcknowledged]!.value] : [...possibleCities.get(member)!];
          possibleCities.set(member, new Set([...before, ...after]));
        }
      }
    } finally {
      server?.child.kill('SIGKILL');
    }
    expect(integrity(file)).toBe('ok');
    expect(acknowledged.length).toBeGreaterThan(KILLS * CLIENTS);
  }, 60_000);
});
