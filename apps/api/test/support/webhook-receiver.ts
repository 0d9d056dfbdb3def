/**
 * A real HTTP receiver for webhook tests on a free local port (allowed through
 * `WEBHOOK_ALLOW_HOSTS`/`parseAllowHosts`), answering with the statuses it is given in turn, 204 after.
 * @example
 * const receiver = await startWebhookReceiver();
 * receiver.statuses.push(500); // the first delivery fails
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running receiver. */
export interface WebhookReceiver {
  received: Array<{ path: string; headers: IncomingHttpHeaders; body: string }>;
  statuses: number[];
  port: number;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: WebhookReceiver['received'] = [];
  const statuses: number[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { received, statuses, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
