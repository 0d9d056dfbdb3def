/**
 * The members' portal (issue 12): calls for expression of interest, "tell me when the next call
 * opens" subscriptions, applications and the yearly "is your entry still correct?" check.
 */
import * as z from 'zod';
import { CountryCode, Email, HttpUrl, IsoDateTime, LanguageCode, LocalizedText, Slug, TimeZone } from './common.ts';
import { FOCUS_AREAS, SCOPES, UI_LANGUAGES } from './enums.ts';
import { Coordinates } from './member.ts';

/** An opaque id of a call or an application. */
export const PortalId = z.string().regex(/^[a-z0-9]{8,40}$/).meta({ description: 'Opaque id' });

/** The language mails to a person are written in (en, de, fr have templates; others fall back to en). */
export const MailLocale = z.string().regex(/^[a-z]{2}$/).meta({ description: 'ISO 639-1 language of mails to this person', example: 'de' });

/** What the secretariat writes when it opens a call. */
const callFields = {
  title: LocalizedText,
  text: LocalizedText,
  criteria: z.array(LocalizedText).max(30).default([]),
  opensAt: IsoDateTime,
  closesAt: IsoDateTime,
  timeZone: TimeZone.meta({ description: 'The IANA time zone the secretariat set the times in (for display)' }),
};

/** `POST /v1/calls` body. */
export const CallInput = z.strictObject(callFields)
  .refine((c) => Date.parse(c.closesAt) > Date.parse(c.opensAt), { message: 'closesAt must be after opensAt', path: ['closesAt'] })
  .meta({ id: 'CallInput' });
export type CallInput = z.infer<typeof CallInput>;

/** `PATCH /v1/calls/{id}` body: any of the fields. */
export const CallPatch = z.strictObject({
  title: callFields.title.optional(), text: callFields.text.optional(), criteria: z.array(LocalizedText).max(30).optional(),
  opensAt: IsoDateTime.optional(), closesAt: IsoDateTime.optional(), timeZone: TimeZone.optional(),
}).refine((p) => Object.keys(p).length > 0, 'needs at least one field').meta({ id: 'CallPatch' });
export type CallPatch = z.infer<typeof CallPatch>;

/** Where a call stands at the time of the answer. */
export const CallPhase = z.enum(['scheduled', 'open', 'closed']).meta({ id: 'CallPhase' });

/** A call as the API returns it. */
export const Call = z.strictObject({
  id: PortalId,
  title: LocalizedText,
  text: LocalizedText,
  criteria: z.array(LocalizedText),
  opensAt: IsoDateTime,
  closesAt: IsoDateTime,
  timeZone: TimeZone,
  phase: CallPhase,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
}).meta({ id: 'Call' });
export type Call = z.infer<typeof Call>;

/** `GET /v1/calls/current`: the open call, else the last closed one; and the next scheduled. */
export const CurrentCall = z.strictObject({
  open: Call.nullable().meta({ description: 'The call open now, if any' }),
  lastClosed: Call.nullable().meta({ description: 'The call that closed last (its `closesAt` says when), if none is open' }),
  next: Call.nullable().meta({ description: 'The next scheduled call, if one is' }),
}).meta({ id: 'CurrentCall' });
export type CurrentCall = z.infer<typeof CurrentCall>;

/** `GET /v1/calls` */
export const CallList = z.strictObject({ items: z.array(Call) }).meta({ id: 'CallList' });

/** `POST /v1/call-subscriptions` body. */
export const CallSubscriptionRequest = z.strictObject({ email: Email, locale: MailLocale.default('en') }).meta({ id: 'CallSubscriptionRequest' });
export type CallSubscriptionRequest = z.infer<typeof CallSubscriptionRequest>;

/** The organisation as its member entry will be: the member schema's fields, without what the platform sets. */
export const ApplicantOrganisation = z.strictObject({
  name: z.string().trim().min(1).max(200),
  acronym: z.string().trim().min(1).max(30).optional(),
  country: CountryCode,
  city: z.string().trim().min(1).max(120),
  coordinates: Coordinates,
  scope: z.enum(SCOPES),
  focus: z.array(z.enum(FOCUS_AREAS)).min(1),
  languages: z.array(LanguageCode).min(1),
  website: HttpUrl.optional(),
  publicEmail: Email.optional().meta({ description: 'The public contact address shown on the entry (the contact person\'s when left out)' }),
  description: LocalizedText,
}).meta({ id: 'ApplicantOrganisation' });
export type ApplicantOrganisation = z.infer<typeof ApplicantOrganisation>;

/** The person the secretariat deals with; invited as the organisation's owner on approval. */
export const ApplicationContact = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: Email,
  locale: MailLocale.default('en'),
}).meta({ id: 'ApplicationContact' });

export const APPLICATION_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES).meta({ id: 'ApplicationStatus' });

/** `POST /v1/applications` body. A draft may leave the organisation incomplete. */
export const ApplicationInput = z.strictObject({
  callId: PortalId,
  organisation: z.unknown().meta({ description: 'An `ApplicantOrganisation`; a draft may be incomplete, a submitted one is checked whole' }),
  contact: ApplicationContact,
  consent: z.literal(true, 'consent to the use of the data must be given'),
  status: z.enum(['draft', 'submitted']),
  /** Honeypot: people leave it empty; bots fill it. */
  website2: z.string().max(500).optional().meta({ description: 'Leave empty (a field hidden from people)' }),
}).meta({ id: 'ApplicationInput' });
export type ApplicationInput = z.infer<typeof ApplicationInput>;

/** `PATCH /v1/applications/mine` body: continue a draft, or submit it. */
export const ApplicationPatch = z.strictObject({
  organisation: z.unknown().optional(),
  contact: ApplicationContact.partial().optional(),
  status: z.enum(['draft', 'submitted']).optional(),
}).meta({ id: 'ApplicationPatch' });
export type ApplicationPatch = z.infer<typeof ApplicationPatch>;

/** A draft's organisation: every field optional, each still checked. */
export const DraftOrganisation = ApplicantOrganisation.partial();

/** An application as its applicant and the secretariat read it. */
export const Application = z.strictObject({
  id: PortalId,
  callId: PortalId,
  status: ApplicationStatus,
  organisation: DraftOrganisation,
  contact: z.strictObject({ name: z.string(), email: Email, locale: z.string() }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  submittedAt: IsoDateTime.nullable(),
  decidedAt: IsoDateTime.nullable(),
  reason: z.string().nullable(),
  memberId: Slug.nullable().meta({ description: 'The member entry made on approval' }),
  editableUntil: IsoDateTime.meta({ description: 'The call\'s closing time: drafts can be continued until then' }),
}).meta({ id: 'Application' });
export type Application = z.infer<typeof Application>;

/** `POST /v1/applications` answer. */
export const ApplicationCreated = z.strictObject({
  id: PortalId, status: z.enum(['draft', 'submitted']),
  token: z.string().meta({ description: 'Shown once: send it as `Authorization: Application <token>` to read or continue the application' }),
}).meta({ id: 'ApplicationCreated' });

/** `GET /v1/calls/{id}/applications` query. */
export const ApplicationsQuery = z.strictObject({
  country: CountryCode.optional(),
  focus: z.enum(FOCUS_AREAS).optional(),
  status: ApplicationStatus.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
}).meta({ id: 'ApplicationsQuery' });

export const ApplicationPage = z.strictObject({
  items: z.array(Application), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
}).meta({ id: 'ApplicationPage' });

/** `POST /v1/applications/{id}/decision` body. */
export const ApplicationDecision = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().min(1).max(2000).optional(),
  memberId: Slug.optional().meta({ description: 'The new member\'s id (made from the name when left out)' }),
}).refine((d) => d.decision === 'approve' || d.reason !== undefined, { message: 'a rejection needs a reason', path: ['reason'] })
  .meta({ id: 'ApplicationDecision' });
export type ApplicationDecision = z.infer<typeof ApplicationDecision>;

/** A member entry not confirmed for 13 months. */
export const StaleMember = z.strictObject({
  id: Slug, name: z.string(), country: CountryCode,
  lastConfirmedAt: IsoDateTime.nullable(), lastCheckSentAt: IsoDateTime.nullable(),
}).meta({ id: 'StaleMember' });
export const StaleMemberList = z.strictObject({ items: z.array(StaleMember) }).meta({ id: 'StaleMemberList' });

/** Languages with mail templates today. */
export const PORTAL_MAIL_LANGUAGES = UI_LANGUAGES;
