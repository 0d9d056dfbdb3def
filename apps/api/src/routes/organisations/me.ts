/**
 * `GET /v1/me`: who the session cookie belongs to, whether they are the secretariat, and the
 * organisations they work on with their role, so the portal can show them without a request per member.
 */
import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/types.ts';
import type { PeopleRouteOptions } from './organisations.handlers.ts';

/** The signed-in person, or `null` when no one is. */
export const Me = z.object({
  id: z.string(),
  email: z.string(),
  secretariat: z.boolean(),
  organisations: z.array(z.object({ memberId: z.string(), name: z.string(), role: z.enum(['owner', 'editor']) })),
}).nullable().openapi('Me');

export const meRoute = createRoute({
  method: 'get', path: '/v1/me', tags: ['People'], security: [{ session: [] }],
  summary: 'Who is signed in',
  description: 'The person of the session cookie with their organisations and roles; `null` when no one is signed in.',
  responses: {
    200: { description: 'The person, or null', content: { 'application/json': { schema: Me } } },
  },
});

/** Answers from the principal `identifyPerson` set. */
export function me(options: PeopleRouteOptions): RouteHandler<typeof meRoute, AppEnv> {
  return async (c) => {
    c.header('cache-control', 'no-store');
    const principal = c.get('principal');
    if (!principal || principal.type !== 'person') return c.json(null, 200);
    const organisations = await Promise.all([...principal.organisations].map(async ([memberId, role]) => ({
      memberId, role, name: (await options.memberName?.(memberId)) ?? memberId,
    })));
    return c.json({ id: principal.id, email: principal.label, secretariat: principal.secretariat, organisations }, 200);
  };
}
