import { describe, expect, it } from 'vitest';
import { expectProblem } from '../../test-support/expect-problem.ts';
import { openTestStore, testApp } from '../../test-support/test-store.ts';

// What every backend does is in health.contract.ts; this breaks a store, which only a test can.

describe('GET /healthz', () => {
  it('fails with a 500 problem, and logs, when the store cannot be read', async () => {
    const broken = await openTestStore();
    await broken.store.close();
    const logged: unknown[] = [];
    const app = testApp(broken.store, { logger: { error: (_message, error) => logged.push(error) } });
    const problem = await expectProblem(await app.request('/healthz'), 500);
    expect(problem.detail).not.toMatch(/sqlite|kysely|driver|stack/i);
    expect(logged).toHaveLength(1);
    await expectProblem(await app.request('/v1/members'), 500);
    await broken.dispose().catch(() => {}); // closed above; this removes its folder
  });
});
