/**
 * Who may manage an organisation's webhook endpoints: its owners and the secretariat, as with its
 * API keys. An endpoint of another organisation is a 404 under this one's path, never a 403, so
 * ids do not tell whether they exist elsewhere.
 */
import type { WebhookEndpoint, WebhookEndpoints } from '@thb/store/webhooks';
import type { Context } from 'hono';
import { standingOf } from '../../access/authorise.ts';
import type { AppDeps, AppEnv } from '../../lib/types.ts';
import { problem, requireSignedIn } from '../writes/write-request.ts';

/** The organisation whose endpoints the request may manage, or the problem to answer. */
export async function manageableOrganisation(c: Context<AppEnv>, deps: AppDeps): Promise<string | Response> {
  const principal = requireSignedIn(c);
  if (principal instanceof Response) return principal;
  const memberId = c.req.param('memberId')!;
  const standing = standingOf(principal, memberId);
  if (standing !== 'owner' && standing !== 'secretariat') {
    return problem(c, 403, 'forbidden', 'Only the organisation\'s owners and the secretariat manage its webhooks.');
  }
  if (!(await deps.store.writes.snapshot('members', memberId))) return problem(c, 404, 'not-found', `There is no member with id "${memberId}".`);
  return memberId;
}

/** The endpoint of the path when it belongs to the organisation, or the problem to answer. */
export async function ownEndpoint(c: Context<AppEnv>, deps: AppDeps, endpoints: WebhookEndpoints): Promise<WebhookEndpoint | Response> {
  const memberId = await manageableOrganisation(c, deps);
  if (memberId instanceof Response) return memberId;
  const endpoint = await endpoints.get(c.req.param('webhookId')!);
  if (!endpoint || endpoint.memberId !== memberId) return problem(c, 404, 'not-found', 'This organisation has no webhook endpoint with this id.');
  return endpoint;
}
