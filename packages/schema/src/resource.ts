/** A document, tool, hotline or site that helps people act against trafficking. */
import * as z from 'zod';
import {
  CoverageCode, HttpUrl, IsoDate, IsoDateTime, LanguageCode, LocalizedText, PhoneNumber, Slug,
} from './common.ts';
import { AUDIENCES, RESOURCE_TOPICS, RESOURCE_TYPES } from './enums.ts';
import { OrganisationRef, OrganisationRefView } from './organisation-ref.ts';

/** What a hotline adds: the number to call, when it answers, and in which languages. */
export const HotlineDetails = z.strictObject({
  phone: PhoneNumber,
  hours: LocalizedText,
  languages: z.array(LanguageCode).min(1),
});

const resourceFields = {
  id: Slug,
  type: z.enum(RESOURCE_TYPES),
  topics: z.array(z.enum(RESOURCE_TOPICS)).min(1),
  languages: z.array(LanguageCode).min(1),
  countries: z.array(CoverageCode).min(1).meta({ description: 'Countries it applies to; `EU` for all of the EU' }),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  url: HttpUrl,
  published: IsoDate,
  updatedAt: IsoDateTime,
};

/** A hotline must say how to call it; no other type carries hotline details. */
function hotlineHasDetails(resource: { type: string; hotline?: unknown }, ctx: z.core.$RefinementCtx): void {
  if ((resource.type === 'hotline') !== (resource.hotline !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['hotline'],
      message: resource.type === 'hotline' ? 'a hotline needs phone, hours and languages' : 'only hotlines have hotline details',
    });
  }
}

/** A resource as stored, its texts in several languages. */
export const Resource = z
  .strictObject({
    ...resourceFields,
    title: LocalizedText,
    summary: LocalizedText,
    publisher: OrganisationRef,
    hotline: HotlineDetails.optional(),
  })
  .superRefine(hotlineHasDetails)
  .meta({ id: 'Resource' });
export type Resource = z.infer<typeof Resource>;

/** A resource as the read API returns it, its texts resolved to one language. */
export const ResourceView = z
  .strictObject({
    ...resourceFields,
    title: z.string(),
    summary: z.string(),
    publisher: OrganisationRefView,
    hotline: z.strictObject({ phone: PhoneNumber, hours: z.string(), languages: z.array(LanguageCode) }).optional(),
  })
  .meta({ id: 'ResourceView' });
export type ResourceView = z.infer<typeof ResourceView>;
