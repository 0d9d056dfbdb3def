/**
 * The Node webhook sender: it resolves the endpoint's name itself and hands the socket only an
 * address it checked as public (a `lookup` hook), so a name that resolves to 127.0.0.1, or is
 * rebound between a check and the connect, never reaches a private address. Redirects are not
 * followed; the whole attempt has a timeout.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from '../../webhooks/public-address.ts';
import { WebhookAddressError, type WebhookSender } from '../../webhooks/webhook-sender.ts';
import { isAllowedHost, webhookUrlProblem, type WebhookAllowList } from '../../webhooks/webhook-url.ts';

/** A `lookup` that resolves all addresses and refuses the name if any of them is not public. */
function checkedLookup(hostname: string): LookupFunction {
  return (name, options, callback) => {
    dnsLookup(name, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const bad = addresses.find((entry) => !isPublicAddress(entry.address));
      if (bad || addresses.length === 0) {
        return callback(new WebhookAddressError(`refused: ${hostname} resolves to ${bad?.address ?? 'nothing'}, not a public address`), '', 0);
      }
      // The socket connects to exactly the addresses checked here.
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/**
 * The sender for the Node server.
 * @example const send = createNodeSender(parseAllowHosts(env.WEBHOOK_ALLOW_HOSTS));
 */
export function createNodeSender(allow: WebhookAllowList): WebhookSender {
  return (request) => new Promise((resolve, reject) => {
    const problem = webhookUrlProblem(request.url, allow);
    if (problem) return reject(new WebhookAddressError(`refused: ${problem}`));
    const url = new URL(request.url);
    const allowed = isAllowedHost(url, allow);
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'POST',
      headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
      timeout: request.timeoutMs,
      // Allowed hosts (tests) resolve normally; every other name only to checked public addresses.
      ...(allowed ? {} : { lookup: checkedLookup(url.hostname) }),
      agent: false,
    }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', reject);
    });
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)), request.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(request.body);
  });
}
