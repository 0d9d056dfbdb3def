/** The people of a member organisation, as the write API shows and changes them. */
import * as z from 'zod';
import { Email, EuLanguageCode, IsoDateTime } from './common.ts';

/** A person's role in their organisation: an owner also manages its people and keys. */
export const OrganisationRole = z.enum(['owner', 'editor']).meta({ id: 'OrganisationRole', description: 'An owner may also invite and remove people and manage API keys' });
export type OrganisationRole = z.infer<typeof OrganisationRole>;

/** One person of an organisation. */
export const OrganisationPerson = z.strictObject({
  userId: z.string().min(1),
  email: Email,
  name: z.string(),
  role: OrganisationRole,
  since: IsoDateTime.meta({ description: 'When they joined the organisation' }),
}).meta({ id: 'OrganisationPerson' });
export type OrganisationPerson = z.infer<typeof OrganisationPerson>;

/** An invitation still waiting for the person's first sign-in. */
export const PendingInvitation = z.strictObject({
  email: Email,
  role: OrganisationRole,
  expiresAt: IsoDateTime.meta({ description: 'After this, the invitation no longer makes them a member' }),
}).meta({ id: 'PendingInvitation' });
export type PendingInvitation = z.infer<typeof PendingInvitation>;

/** Everyone of an organisation, owners first, and the invitations still waiting. */
export const OrganisationPeople = z.strictObject({ items: z.array(OrganisationPerson), invitations: z.array(PendingInvitation) }).meta({ id: 'OrganisationPeople' });
export type OrganisationPeople = z.infer<typeof OrganisationPeople>;

/** `POST /v1/organisations/{memberId}/invitations`: who to invite, as what. */
export const InvitationRequest = z.strictObject({
  email: Email,
  role: OrganisationRole,
  locale: EuLanguageCode.optional().meta({ description: 'The language of the invitation mail and of the person\'s later mails; without it, the inviter\'s' }),
}).meta({ id: 'InvitationRequest' });
export type InvitationRequest = z.infer<typeof InvitationRequest>;

/** The answer to an invitation: it waits for the person's first sign-in. */
export const InvitationResponse = z.strictObject({
  email: Email,
  role: OrganisationRole,
  status: z.literal('pending'),
}).meta({ id: 'InvitationResponse' });
export type InvitationResponse = z.infer<typeof InvitationResponse>;

/** `PATCH /v1/organisations/{memberId}/people/{userId}`: the new role. */
export const RoleChange = z.strictObject({ role: OrganisationRole }).meta({ id: 'RoleChange' });
export type RoleChange = z.infer<typeof RoleChange>;
