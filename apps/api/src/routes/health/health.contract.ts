/** The behaviour of `/healthz`, run against every backend by test/contract.test.ts. */
import { describe, expect, it } from 'vitest';
import { Health } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';

/** `/healthz` on one backend. */
export function healthContract(api: ApiUnderTest): void {
  describe('GET /healthz', () => {
    it('reports ok and the data version of the database, uncached', async () => {
      const response = await api.fetch('/healthz');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(Health.parse(await response.json())).toEqual({ status: 'ok', dataVersion: await api.store.dataVersion() });
    });
  });
}
