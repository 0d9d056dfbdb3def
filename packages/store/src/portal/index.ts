/**
 * The members' portal's data (issue 12): calls, call subscribers, applications and the yearly
 * entry check, on the store's own database (migration 0005). WebCrypto only: edge-safe.
 *
 * @example
 * import { createPortalStore } from '@thb/store/portal';
 * const portal = createPortalStore(store.db);
 * const { open } = await portal.calls.current();
 */
export { createPortalStore } from './portal-store.ts';
export type { PortalStore, PortalStoreOptions } from './portal-store.ts';
export { callPhase, StaleCallError } from './calls.ts';
export type { CallContent, CallFields, Calls, StoredCall } from './calls.ts';
export type { CallSubscriber, CallSubscribers } from './call-subscribers.ts';
export type { ApplicationFields, ApplicationFilter, ApplicationStatus, Applications, StoredApplication } from './applications.ts';
export type { ConfirmOutcome, EntryCheck, EntryChecks } from './entry-checks.ts';
export { looksLikeToken } from './portal-tables.ts';
