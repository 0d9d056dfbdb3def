/** Handlers of an organisation's people: who asks was settled by `identify`, what they may is checked here. */
import type { Context } from 'hono';
import type { Principal } from '../../access/principal.ts';
import type { Accounts, PersonPrincipal } from '../../auth/accounts.ts';
import { PROBLEM_TYPE_BASE, notFound, problemResponse, type ProblemResponse } from '../../lib/problem.ts';
import type { AppEnv, AppRouteHandler } from '../../lib/types.ts';
import type { inviteRoute, listPeopleRoute, removePersonRoute, setRoleRoute } from './organisations.routes.ts';

/** What the handlers need besides accounts. */
export interface PeopleRouteOptions {
  /** The name of a member entry, or undefined when there is none (then its people are a 404). */
  memberName?: ((memberId: string) => Promise<string | undefined>) | undefined;
}

/**
 * The person allowed to manage the organisation's people (its owner, or the secretariat), or
 * the problem to answer. Keys manage no people: an invitation names the person who sent it.
 */
function manager(principal: Principal | undefined, memberId: string, instance: string): PersonPrincipal | ProblemResponse<401 | 403> {
  if (!principal || principal.type === 'anonymous') {
    return problemResponse({ type: `${PROBLEM_TYPE_BASE}unauthorized`, title: 'Unauthorized', status: 401, detail: 'Sign in to manage people.', instance });
  }
  if (principal.type === 'person' && (principal.secretariat || principal.organisations.get(memberId) === 'owner')) return principal;
  return problemResponse({ type: `${PROBLEM_TYPE_BASE}forbidden`, title: 'Forbidden', status: 403, detail: "Only the organisation's owners and the secretariat manage its people.", instance });
}

async function unknownMember(options: PeopleRouteOptions, memberId: string, instance: string): Promise<ProblemResponse<404> | undefined> {
  if (!options.memberName || (await options.memberName(memberId)) !== undefined) return undefined;
  return notFound(`No member with id "${memberId}".`, instance);
}

/** Refuses to leave an organisation without an owner, unless the secretariat asks (it manages every organisation). */
async function lastOwner(accounts: Accounts, by: PersonPrincipal, memberId: string, userId: string, instance: string): Promise<ProblemResponse<409> | undefined> {
  if (by.secretariat || (await accounts.roleOf(memberId, userId)) !== 'owner') return undefined;
  const owners = (await accounts.people(memberId)).filter((person) => person.role === 'owner');
  if (owners.length > 1) return undefined;
  return problemResponse({ type: `${PROBLEM_TYPE_BASE}last-owner`, title: 'Conflict', status: 409, detail: 'An organisation keeps at least one owner: make someone else owner first.', instance });
}

/** The principal `identify` set; absent when no middleware ran. */
function principalOf(c: Context<AppEnv>): Principal | undefined {
  return c.get('principal');
}

/** `GET /v1/organisations/{memberId}/people` */
export function listPeople(accounts: Accounts, options: PeopleRouteOptions): AppRouteHandler<typeof listPeopleRoute> {
  return async (c) => {
    const { memberId } = c.req.valid('param');
    const by = manager(principalOf(c), memberId, c.req.path);
    if (by instanceof Response) return by;
    const missing = await unknownMember(options, memberId, c.req.path);
    if (missing) return missing;
    c.header('cache-control', 'no-store');
    const [items, invitations] = await Promise.all([accounts.people(memberId), accounts.pendingInvitations(memberId)]);
    return c.json({ items, invitations }, 200);
  };
}

/** `POST /v1/organisations/{memberId}/invitations` */
export function invite(accounts: Accounts, options: PeopleRouteOptions): AppRouteHandler<typeof inviteRoute> {
  return async (c) => {
    const { memberId } = c.req.valid('param');
    const by = manager(principalOf(c), memberId, c.req.path);
    if (by instanceof Response) return by;
    const missing = await unknownMember(options, memberId, c.req.path);
    if (missing) return missing;
    const { email, role, locale } = c.req.valid('json');
    const organisationName = (await options.memberName?.(memberId)) ?? memberId;
    const invited = await accounts.invite({
      memberId, organisationName, email, role, inviter: by, locale, acceptLanguage: c.req.header('accept-language'),
    });
    if (!invited) {
      return problemResponse({ type: `${PROBLEM_TYPE_BASE}already-a-member`, title: 'Conflict', status: 409, detail: 'This address already belongs to someone of the organisation.', instance: c.req.path });
    }
    return c.json({ email: email.toLowerCase(), role, status: 'pending' as const }, 202);
  };
}

/** `PATCH /v1/organisations/{memberId}/people/{userId}` */
export function setRole(accounts: Accounts): AppRouteHandler<typeof setRoleRoute> {
  return async (c) => {
    const { memberId, userId } = c.req.valid('param');
    const by = manager(principalOf(c), memberId, c.req.path);
    if (by instanceof Response) return by;
    const { role } = c.req.valid('json');
    if (role === 'editor') {
      const refused = await lastOwner(accounts, by, memberId, userId, c.req.path);
      if (refused) return refused;
    }
    if (!(await accounts.setRole(memberId, userId, role))) return notFound('No such person in this organisation.', c.req.path);
    return c.body(null, 204);
  };
}

/** `DELETE /v1/organisations/{memberId}/people/{userId}` */
export function removePerson(accounts: Accounts): AppRouteHandler<typeof removePersonRoute> {
  return async (c) => {
    const { memberId, userId } = c.req.valid('param');
    const by = manager(principalOf(c), memberId, c.req.path);
    if (by instanceof Response) return by;
    const refused = await lastOwner(accounts, by, memberId, userId, c.req.path);
    if (refused) return refused;
    if (!(await accounts.removePerson(memberId, userId))) return notFound('No such person in this organisation.', c.req.path);
    return c.body(null, 204);
  };
}
