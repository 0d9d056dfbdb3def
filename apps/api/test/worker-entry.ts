/**
 * The Worker as the tests run it under workerd: the real entry's handler with the tests'
 * pinned clock (events are upcoming or past relative to `TEST_NOW`) and errors kept quiet.
 * Bundled by wrangler in `pnpm build:test`, as `wrangler deploy` bundles src/worker.ts. Mail goes
 * through the `MAIL` binding a test gives it, as on Cloudflare.
 */
import { TEST_NOW } from './support/fixtures.ts';
import { createWorker } from '../src/worker/create-worker.ts';

export default createWorker({ now: () => TEST_NOW, logger: { error: () => {} } });
