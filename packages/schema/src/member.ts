/** A member organisation of the platform. */
import * as z from 'zod';
import {
  CountryCode, Email, HttpUrl, IsoDate, IsoDateTime, LanguageCode, LocalizedText, PhoneNumber, Slug,
} from './common.ts';
import { FOCUS_AREAS, SCOPES } from './enums.ts';

/** WGS 84 coordinates of an organisation's office. */
export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof Coordinates>;

/** How the public can reach an organisation; at least one way. */
export const PublicContact = z
  .strictObject({ email: Email.optional(), phone: PhoneNumber.optional(), url: HttpUrl.optional() })
  .refine((c) => c.email ?? c.phone ?? c.url, 'needs at least one of email, phone or url');

/** Fields shared by the stored and the read form of a member. */
const memberFields = {
  id: Slug,
  name: z.string().trim().min(1).max(200),
  acronym: z.string().trim().min(1).max(30).optional(),
  country: CountryCode,
  city: z.string().trim().min(1).max(120),
  coordinates: Coordinates,
  scope: z.enum(SCOPES),
  focus: z.array(z.enum(FOCUS_AREAS)).min(1),
  website: HttpUrl.optional(),
  contact: PublicContact,
  languages: z.array(LanguageCode).min(1),
  joined: IsoDate,
  updatedAt: IsoDateTime,
  /** When the organisation last said its entry is still correct (the yearly check), or was approved. */
  lastConfirmedAt: IsoDateTime.optional(),
};

/** A member organisation as stored, with its description in several languages. */
export const Member = z.strictObject({ ...memberFields, description: LocalizedText }).meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;

/** A member as the read API returns it: the description resolved to one language. */
export const MemberView = z
  .strictObject({ ...memberFields, description: z.string() })
  .meta({ id: 'MemberView' });
export type MemberView = z.infer<typeof MemberView>;
