/**
 * `MAIL_CLAIM_SECONDS` on the Worker, under workerd: a mail the Cron Trigger's run took for
 * sending is held for that long (not the default five minutes), so an isolate that dies mid-send
 * leaves it to a later run after the time the operator set, as on Node. The `MAIL` binding here is
 * a slow one (a wrapped binding taking four seconds per message), since the one Miniflare gives
 * answers at once and a claim can only be seen while a send is under way.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createD1Store, migrateD1 } from '@thb/store/d1';
import { createMailQueue } from '@thb/store/mail-queue';
import { seedTestData } from '../../test/support/test-store.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../test/support/worker-runtime.ts';

const WORKER = 'thb-api';
const CLAIM_SECONDS = 7;
const SLOW_MAIL = {
  name: 'slow-mail',
  modules: true,
  script: `export default function () {
    return { send: () => new Promise((resolve) => setTimeout(resolve, 4000)) };
  }`,
};
let runtime: WorkerRuntime;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'thb-worker-claim-'));
  runtime = await startWorkerRuntime({
    databaseId: `claim-${randomBytes(4).toString('hex')}`,
    // Kept on disk, so that the Worker restarted with another variable finds the same data.
    d1Persist: folder,
    bindings: { MAIL_FROM: 'no-reply@thb.test', MAIL_CLAIM_SECONDS: String(CLAIM_SECONDS) },
    extraWorkers: [SLOW_MAIL],
    workerOptions: { [WORKER]: { wrappedBindings: { MAIL: { scriptName: SLOW_MAIL.name } } } },
  });
  await migrateD1(runtime.d1);
  await seedTestData(createD1Store(runtime.d1));
}, 120_000);
afterAll(async () => {
  await runtime?.dispose();
  await rm(folder, { recursive: true, force: true });
});

const cronRun = async () => (await runtime.miniflare.getWorker(WORKER)).scheduled({ scheduledTime: new Date(), cron: '*/5 * * * *' });

describe('MAIL_CLAIM_SECONDS on the Worker (D1, workerd)', { timeout: 60_000 }, () => {
  it('holds a mail being sent for the seconds it sets, then marks it sent', async () => {
    const queue = createMailQueue(createD1Store(runtime.d1).db);
    await queue.enqueue({ recipient: 'slow@ngo.test', subject: 'Held', text: 'Held while it is sent' });
    const run = cronRun();
    // While the binding takes its time, the row carries the claim: its next attempt is the claim's end.
    await expect.poll(async () => (await queue.list())[0], { timeout: 10_000, interval: 50 })
      .toMatchObject({ attempts: 1, status: 'waiting' });
    const [row] = await queue.list();
    const heldFor = (Date.parse(row!.nextAttemptAt!) - Date.parse(row!.createdAt)) / 1000;
    expect(heldFor).toBeGreaterThanOrEqual(CLAIM_SECONDS - 1);
    expect(heldFor).toBeLessThan(CLAIM_SECONDS + 5);
    expect((await run).outcome).toBe('ok');
    expect((await queue.list())[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('refuses a MAIL_CLAIM_SECONDS the Node server would refuse', async () => {
    expect((await cronRun()).outcome).toBe('ok');
    await runtime.reconfigure({ bindings: { MAIL_FROM: 'no-reply@thb.test', MAIL_CLAIM_SECONDS: '0' } });
    expect((await cronRun()).outcome).toBe('exception');
  });
});
