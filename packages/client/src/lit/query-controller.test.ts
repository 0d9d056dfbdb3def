import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { startEtagServer, type EtagServer } from '../../test/support/etag-server.ts';
import { apiQuery } from '../queries.ts';
import { apiClient, pageQueryClient } from '../query-client.ts';
import { QueryController } from './query-controller.ts';

let server: EtagServer;
beforeAll(async () => {
  server = await startEtagServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  pageQueryClient().clear();
  server.routes.set('/v1/events?kind=webinar', (version) => ({ status: 200, body: { kind: 'webinar', version } }));
  server.routes.set('/v1/events?kind=training', (version) => ({ status: 200, body: { kind: 'training', version } }));
});

/** The ReactiveControllerHost contract, as a Lit element fulfils it, driven by hand. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  kind = 'webinar';
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) { this.controllers.push(controller); }
  removeController() {}
  requestUpdate() {
    this.updates++;
    this.controllers.forEach((c) => c.hostUpdate?.());
  }
  connect() { this.controllers.forEach((c) => c.hostConnected?.()); }
  disconnect() { this.controllers.forEach((c) => c.hostDisconnected?.()); }
}

it('observes its query while connected, follows option changes and stops when disconnected', async () => {
  const host = new Host();
  const api = apiClient(server.url);
  const options = () => apiQuery<{ kind: string; version: number }>(api, '/v1/events', { kind: host.kind });
  const controller = new QueryController(host, pageQueryClient, options);
  expect(server.requests).toHaveLength(0);
  host.connect();
  await vi.waitFor(() => expect(controller.result?.data).toEqual({ kind: 'webinar', version: 1 }));
  expect(host.updates).toBeGreaterThan(0);
  host.kind = 'training';
  host.requestUpdate();
  await vi.waitFor(() => expect(controller.result?.data).toEqual({ kind: 'training', version: 1 }));
  host.disconnect();
  const updates = host.updates;
  server.version = 2;
  await pageQueryClient().fetchQuery({ ...options(), staleTime: 0 });
  expect(controller.result?.data).toEqual({ kind: 'training', version: 1 });
  expect(host.updates).toBe(updates);
  host.connect();
  expect(controller.result?.data).toEqual({ kind: 'training', version: 2 });
});
