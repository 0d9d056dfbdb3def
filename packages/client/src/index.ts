/**
 * The typed client of the THB API (reads and the chat) and the page-wide query cache every widget shares.
 *
 * @example
 * import { apiClient, pageQueryClient, statsQuery } from '@thb/client';
 * const stats = await pageQueryClient().fetchQuery(statsQuery(apiClient('https://api.example.eu')));
 */
export { ApiClient } from './api-client.ts';
export type { QueryParams } from './api-client.ts';
export { ApiError, apiErrorFrom } from './api-error.ts';
export { sendChatMessage } from './chat.ts';
export { toMemberPoints } from './member-features.ts';
export type { MemberFeature, MemberFeatureCollection, MemberFeatureProperties, MemberPoints } from './member-features.ts';
export { apiQuery, keepPreviousData } from './queries.ts';
export { memberPointsQuery, memberQuery, membersQuery } from './members.ts';
export { resourcesQuery } from './resources.ts';
export { calendarFeedUrl, eventCalendarUrl, eventsQuery } from './events.ts';
export { statsQuery } from './stats.ts';
export type { ApiQueryOptions } from './queries.ts';
export { apiClient, pageQueryClient } from './query-client.ts';
