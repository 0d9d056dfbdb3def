/**
 * The Cloudflare Worker entry: the same Hono app as the Node server, on D1, with reads cached
 * at the edge. Deployed with `wrangler deploy` (see README.md and wrangler.toml).
 */
import { createWorker } from './worker/create-worker.ts';

export type { WorkerEnv } from './worker/create-worker.ts';

export default createWorker();
