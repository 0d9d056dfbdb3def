/**
 * One contract suite, three backends: the API's behaviour tests (the `*.contract.ts` files
 * beside each feature) run unchanged against SQLite and PostgreSQL on Node and D1 under
 * workerd, then the three are asked the same questions side by side. A difference is a bug.
 * PostgreSQL never skips: without TEST_DATABASE_URL its tests fail and say how to set it up.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { readCacheContract } from '../src/middleware/read-cache.contract.ts';
import { chatContract } from '../src/routes/chat/chat.contract.ts';
import { docsContract } from '../src/routes/docs/docs.contract.ts';
import { eventsCalendarContract } from '../src/routes/events/events.calendar.contract.ts';
import { eventsContract } from '../src/routes/events/events.contract.ts';
import { healthContract } from '../src/routes/health/health.contract.ts';
import { membersContract } from '../src/routes/members/members.contract.ts';
import { resourcesContract } from '../src/routes/resources/resources.contract.ts';
import { statsContract } from '../src/routes/stats/stats.contract.ts';
import { organisationContentContract } from '../src/routes/writes/organisation-content.contract.ts';
import { writesContract } from '../src/routes/writes/writes.contract.ts';
import { agreementContract } from './contract/agreement.ts';
import { BACKENDS } from './contract/backends.ts';
import { writeAgreementContract } from './contract/write-agreement.ts';

/** Starting workerd or creating a database can take a while on a loaded machine. */
const START_TIMEOUT = 120_000;

afterAll(() => Promise.all(BACKENDS.map((backend) => backend.stop())), START_TIMEOUT);

/**
 * One after another: seeding SQLite blocks the event loop for seconds on a loaded machine, long
 * enough for PostgreSQL's connection timeout to fire before its connect is ever seen.
 */
async function startAll(): Promise<void> {
  for (const backend of BACKENDS) await backend.start();
}

// First, while every database still holds exactly the seeded data (later groups write).
describe('all backends', () => {
  beforeAll(startAll, START_TIMEOUT);
  agreementContract(() => BACKENDS.map((backend) => backend.api));
});

describe.each(BACKENDS.map((backend) => [backend.api.backend, backend] as const))('%s', (_name, backend) => {
  beforeAll(() => backend.start(), START_TIMEOUT);
  healthContract(backend.api);
  membersContract(backend.api);
  resourcesContract(backend.api);
  eventsContract(backend.api);
  eventsCalendarContract(backend.api);
  statsContract(backend.api);
  chatContract(backend.api);
  docsContract(backend.api);
  readCacheContract(backend.api);
  // Last: it adds records and changes its own.
  writesContract(backend.api);
  organisationContentContract(backend.api);
});

// After the groups above, on records of its own: one sequence of writes, answered alike by all three.
describe('all backends, writing', () => {
  beforeAll(startAll, START_TIMEOUT);
  writeAgreementContract(() => BACKENDS.map((backend) => backend.api));
});
