/** Accounts as one router: Better Auth under `/v1/auth/`, and each organisation's people. */
import type { MiddlewareHandler } from 'hono';
import { SESSION_COOKIE, type Accounts } from '../../auth/accounts.ts';
import { createRouter } from '../../lib/create-router.ts';
import type { AppEnv } from '../../lib/types.ts';
import { clientKeys, socketAddress, type ClientAddress } from '../chat/chat.rate-limit.ts';
import { invite, listPeople, removePerson, setRole, type PeopleRouteOptions } from './organisations.handlers.ts';
import { me, meRoute } from './me.ts';
import { inviteRoute, listPeopleRoute, removePersonRoute, setRoleRoute } from './organisations.routes.ts';

/** Options of {@link accountsRouter}. */
export interface AccountsRouterOptions extends PeopleRouteOptions {
  /** Who asks, for the sign-in mail limit per client: the chat's notion (socket, or proxy header). */
  clientAddress?: ClientAddress | undefined;
}

/**
 * Sets the principal from the session cookie when no earlier middleware did (the app's
 * `identify` middleware, which also knows API keys, runs first when it is mounted).
 */
export function identifyPerson(accounts: Accounts): MiddlewareHandler<AppEnv> {
  return async function identifyPersonMiddleware(c, next) {
    if (!c.get('principal')) c.set('principal', (await accounts.personOf(c.req.raw.headers)) ?? { type: 'anonymous' });
    await next();
  };
}

/**
 * `/v1/auth/*` (sign-in, confirm page, session) and `/v1/organisations/{memberId}/…` (people).
 * @example app.route('/', accountsRouter(accounts, { memberName: async (id) => (await store.members.get(id))?.name }));
 */
export function accountsRouter(accounts: Accounts, options: AccountsRouterOptions = {}) {
  const clientAddress = options.clientAddress ?? socketAddress;
  const router = createRouter();
  router.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey', in: 'cookie', name: SESSION_COOKIE,
    description: 'The session cookie set by signing in (`POST /v1/auth/sign-in/magic-link`, then the mailed link)',
  });
  router.all('/v1/auth/*', (c) => accounts.handler(c.req.raw, clientKeys(c, clientAddress).address));
  router.use('/v1/organisations/*', identifyPerson(accounts));
  router.use('/v1/me', identifyPerson(accounts));
  return router
    .openapi(meRoute, me(options))
    .openapi(listPeopleRoute, listPeople(accounts, options))
    .openapi(inviteRoute, invite(accounts, options))
    .openapi(setRoleRoute, setRole(accounts))
    .openapi(removePersonRoute, removePerson(accounts));
}
