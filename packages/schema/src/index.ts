/**
 * The THB Platform Kit domain: zod schemas and their inferred types, the single source of
 * truth for validation, TypeScript types and the OpenAPI document.
 *
 * @example
 * import { Member, MembersQuery } from '@thb/schema';
 * const query = MembersQuery.parse({ country: 'DE' }); // { country: 'DE', page: 1, pageSize: 20 }
 */
export * from './enums.ts';
export { COUNTRY_CODES } from './countries.ts';
export {
  CountryCode, CoverageCode, Email, EuLanguageCode, HttpUrl, IsoDate, IsoDateTime, LanguageCode,
  LocalDateTime, LocalizedText, PhoneNumber, Slug, TimeZone,
} from './common.ts';
export { isEuLanguage, negotiateLanguage, primaryLanguage, resolveText } from './localized.ts';
export {
  APPROXIMATE_DATE_PATTERN, SEASONS, addDays, hasTimeOfDay, parseApproximateDate, timeZoneOffset,
  zonedTimeToInstant,
} from './time.ts';
export type { ApproximateDate, Season } from './time.ts';
export { OrganisationRef, OrganisationRefView } from './organisation-ref.ts';
export { Coordinates, Member, MemberView, PublicContact } from './member.ts';
export { HotlineDetails, Resource, ResourceView } from './resource.ts';
export { Event, EventView, Place } from './event.ts';
export { AnswerLink, KnowledgeEntry } from './knowledge.ts';
export {
  EventsQuery, ItemQuery, LanguageParam, MemberFilters, MembersGeoQuery, MembersQuery, NoQuery,
  PAGE_SIZE, PagingParams, ResourceFilters, ResourcesQuery,
} from './queries.ts';
export {
  EventPage, FacetCounts, Health, MemberPage, ResourceFacets, ResourcePage, Stats, pageOf,
} from './responses.ts';
export { InvalidParam, PROBLEM_MEDIA_TYPE, Problem, ProblemLocation } from './problem.ts';
export { CHAT_MAX_LENGTH, ChatAction, ChatItem, ChatRequest, ChatResponse, ChatSuggestion, LOCALE_PATTERN } from './chat.ts';
export {
  ApiKeyInfo, ApiKeyList, ApiKeyRequest, CreatedApiKey, AuditEntry, AuditPage, AuditQuery, EventWriteResult, HiddenRecord, HiddenRecordList,
  HiddenRecordQuery, HiddenStatus, HistoryQuery, MemberWriteResult, OrganisationSettings,
  RECORD_KINDS, RECORD_STATUSES, RecordKind, RecordStatus, ResourceWriteResult, ReviewDecision, ReviewItem, ReviewQueue,
  SuspendBody, TrustedOrganisation, TrustedOrganisationList,
} from './writes.ts';
export { InvitationRequest, InvitationResponse, OrganisationPeople, OrganisationPerson, OrganisationRole, PendingInvitation, RoleChange } from './people.ts';
export {
  APPLICATION_STATUSES, ApplicantOrganisation, Application, ApplicationContact, ApplicationCreated, ApplicationDecision,
  ApplicationInput, ApplicationPage, ApplicationPatch, ApplicationStatus, ApplicationsQuery, Call, CallInput, CallList,
  CallPatch, CallPhase, CallSubscriptionRequest, CurrentCall, DraftOrganisation, MailLocale, PORTAL_MAIL_LANGUAGES, PortalId,
  StaleMember, StaleMemberList,
} from './portal.ts';
export { OrganisationEvents, OrganisationResources } from './organisation-content.ts';
export {
  Announcement, AnnouncementAudience, AnnouncementCreate, AnnouncementId, AnnouncementList, AnnouncementPatch, NewsFeedQuery,
  NewsItem, NewsList, NewsQuery,
} from './announcement.ts';
export {
  NOTIFICATION_CADENCES, NOTIFICATION_KINDS, NotificationCadence, NotificationChoice, NotificationKind,
  NotificationPreferences, UnsubscribeQuery,
} from './notifications.ts';
export {
  Meeting, MeetingDate, MeetingId, MeetingInput, MeetingList, Registration, RegistrationInput, RegistrationList, TentativeDate,
} from './meetings.ts';
export {
  CreatedWebhookEndpoint, RotatedWebhookSecret, WebhookDeliveriesQuery, WebhookDelivery, WebhookDeliveryList, WebhookEndpoint,
  WebhookEndpointInput, WebhookEndpointList, WebhookEndpointPatch, WebhookEventKind, WebhookUrl,
} from './webhooks.ts';
