/** Route definitions of an organisation's people: list, invite, change a role, remove. */
import { createRoute, z } from '@hono/zod-openapi';
import { InvitationRequest, InvitationResponse, OrganisationPeople, RoleChange, Slug } from '@thb/schema';
import { problemResponses } from '../../lib/openapi.ts';

const tags = ['People'];

/** Signed in as the organisation's owner or as the secretariat. */
const security = [{ session: [] }];

/** `{memberId}` of the organisation's routes. */
const MemberParams = z.strictObject({ memberId: Slug });

/** `{memberId}` and `{userId}` of one person's routes. */
const PersonParams = z.strictObject({ memberId: Slug, userId: z.string().min(1).max(100) });

/** `GET /v1/organisations/{memberId}/people` */
export const listPeopleRoute = createRoute({
  method: 'get',
  path: '/v1/organisations/{memberId}/people',
  tags, security,
  summary: "List an organisation's people",
  description: "Everyone who may edit the member's entry, owners first. For the organisation's owners and the secretariat.",
  request: { params: MemberParams },
  responses: {
    200: { description: 'The people', headers: { 'Cache-Control': { schema: { type: 'string' }, description: '`no-store`' } }, content: { 'application/json': { schema: OrganisationPeople } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

/** `POST /v1/organisations/{memberId}/invitations` */
export const inviteRoute = createRoute({
  method: 'post',
  path: '/v1/organisations/{memberId}/invitations',
  tags, security,
  summary: 'Invite someone into an organisation',
  description: 'Mails a sign-in link to the address; the first sign-in with it makes the person an owner or editor.',
  request: { params: MemberParams, body: { required: true, content: { 'application/json': { schema: InvitationRequest } } } },
  responses: {
    202: { description: 'Invited: the invitation waits for their sign-in', content: { 'application/json': { schema: InvitationResponse } } },
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

/** `PATCH /v1/organisations/{memberId}/people/{userId}` */
export const setRoleRoute = createRoute({
  method: 'patch',
  path: '/v1/organisations/{memberId}/people/{userId}',
  tags, security,
  summary: "Change a person's role",
  request: { params: PersonParams, body: { required: true, content: { 'application/json': { schema: RoleChange } } } },
  responses: {
    204: { description: 'Changed' },
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

/** `DELETE /v1/organisations/{memberId}/people/{userId}` */
export const removePersonRoute = createRoute({
  method: 'delete',
  path: '/v1/organisations/{memberId}/people/{userId}',
  tags, security,
  summary: 'Remove a person from an organisation',
  description: 'Their sessions end at once, on every device.',
  request: { params: PersonParams },
  responses: {
    204: { description: 'Removed' },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
