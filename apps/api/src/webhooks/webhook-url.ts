/**
 * The rules for a webhook endpoint's URL: `https`, no credentials, and a host that is not an IP
 * literal outside the public internet, unless the operator's allow list (`WEBHOOK_ALLOW_HOSTS`,
 * for tests) names the host, which then may also use plain `http`.
 */
import { isIpLiteral, isPublicAddress } from './public-address.ts';

/** Hosts (`name` or `name:port`) the operator allows, lower case. */
export type WebhookAllowList = readonly string[];

/**
 * Reads `WEBHOOK_ALLOW_HOSTS`: comma-separated `host` or `host:port`.
 * @example parseAllowHosts('127.0.0.1:9000, localhost') // ['127.0.0.1:9000', 'localhost']
 */
export function parseAllowHosts(text: string | undefined): WebhookAllowList {
  return (text ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
}

/** Whether the allow list names this URL's host (with any port) or its `host:port`. */
export function isAllowedHost(url: URL, allow: WebhookAllowList): boolean {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const host = url.hostname.toLowerCase();
  return allow.includes(host) || allow.includes(`${host}:${port}`);
}

/**
 * Why a URL cannot be a webhook endpoint, or null when it can (before DNS, which delivery checks).
 * @example webhookUrlProblem('https://10.0.0.1/hook', []) // 'its host 10.0.0.1 is not a public address'
 */
export function webhookUrlProblem(text: string, allow: WebhookAllowList): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'it is not a URL';
  }
  if (url.username || url.password) return 'it must not hold a user name or password';
  const allowed = isAllowedHost(url, allow);
  if (url.protocol !== 'https:' && !(allowed && url.protocol === 'http:')) return 'it must use https';
  if (allowed) return null;
  if (isIpLiteral(url.hostname) && !isPublicAddress(url.hostname)) return `its host ${url.hostname} is not a public address`;
  // A name is resolved, and its addresses checked, at every delivery: it may change meanwhile.
  return null;
}

/** `localhost` and its subdomains always mean this machine (RFC 6761), whatever DNS says. */
const LOOPBACK_NAME = /(^|\.)localhost\.?$/i;

/**
 * Why a URL cannot be registered, or null: the delivery rules, and also no `localhost` name, which
 * delivery would refuse only after resolving it. Owners hear of the mistake when they make it.
 * @example registrationUrlProblem('https://localhost/hook', []) // 'its host localhost is this machine'
 */
export function registrationUrlProblem(text: string, allow: WebhookAllowList): string | null {
  const problem = webhookUrlProblem(text, allow);
  if (problem) return problem;
  const url = new URL(text);
  if (!isAllowedHost(url, allow) && LOOPBACK_NAME.test(url.hostname)) return `its host ${url.hostname} is this machine, not a public address`;
  return null;
}
