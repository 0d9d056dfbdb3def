/** Who publishes a resource or organises an event: a member, or the European Commission. */
import * as z from 'zod';
import { Slug } from './common.ts';

/** A reference to a member organisation or to the Commission, as stored. */
export const OrganisationRef = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('member'), memberId: Slug }),
  z.strictObject({ type: z.literal('commission') }),
]);
export type OrganisationRef = z.infer<typeof OrganisationRef>;

/** The same reference as read through the API, with a display name resolved. */
export const OrganisationRefView = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('member'), memberId: Slug, name: z.string() }),
  z.strictObject({ type: z.literal('commission'), name: z.string() }),
]);
export type OrganisationRefView = z.infer<typeof OrganisationRefView>;
