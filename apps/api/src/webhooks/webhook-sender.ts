/**
 * How a signed webhook request leaves the process. The Node sender (`node/webhooks`) resolves
 * the name itself and connects only to an address it checked; the fetch sender (Workers) can
 * only check the URL, as a Worker's `fetch` resolves names out of reach (and Cloudflare does not
 * route to private addresses from a Worker anyway).
 */
import { webhookUrlProblem, type WebhookAllowList } from './webhook-url.ts';

/** One request to an endpoint. */
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

/** Sends a request and answers its status; throws on refusal, timeout or a network error. */
export type WebhookSender = (request: WebhookRequest) => Promise<{ status: number }>;

/** A refusal by the address rules: logged as the attempt's error, never sent. */
export class WebhookAddressError extends Error {
  override name = 'WebhookAddressError';
}

/**
 * A sender over `fetch` (a Worker's, or any runtime's): the URL is checked again before each
 * attempt; redirects are not followed (a 3xx counts as a failure), so a redirect cannot lead to
 * a private address.
 */
export function createFetchSender(allow: WebhookAllowList, fetcher: typeof fetch = fetch): WebhookSender {
  return async (request) => {
    const problem = webhookUrlProblem(request.url, allow);
    if (problem) throw new WebhookAddressError(`refused: ${problem}`);
    const response = await fetcher(request.url, {
      method: 'POST', headers: request.headers, body: request.body, redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    // The body is not read further than needed to free the connection.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status };
  };
}
