/**
 * The Worker as the tests run it under workerd: the real entry's handler with the tests'
 * pinned clock (events are upcoming or past relative to `TEST_NOW`) and errors kept quiet.
 * Bundled by wrangler in `pnpm build:test`, as `wrangler deploy` bundles src/worker.ts.
 */
import { TEST_NOW } from './support/fixtures.ts';
import { createWorker } from '../src/worker/create-worker.ts';

/** Where the test Worker posts its mails; the test's Miniflare `outboundService` takes them in Node. */
const TEST_MAIL_SINK = 'http://mail-sink.test/';

// Until the Worker delivers through D1's mail queue and the send_email binding, its tests read
// the mails from here (accounts are mounted only when a test sets AUTH_SECRET).
const mailer = {
  async send(mail: unknown) {
    const response = await fetch(TEST_MAIL_SINK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mail) });
    if (!response.ok) throw new Error(`The test mail sink answered ${response.status}`);
  },
};

export default createWorker({ now: () => TEST_NOW, logger: { error: () => {} }, mailer });
