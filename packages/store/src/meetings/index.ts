/**
 * Platform meetings: the place rules and the store of meetings and registrations.
 * @example import { createMeetingStore } from '@thb/store/meetings';
 */
export { placeNew, promotions } from './placement.ts';
export type { MeetingCapacity, Placement } from './placement.ts';
export { createMeetingStore, MeetingRefusal } from './meeting-store.ts';
export type { MeetingStore } from './meeting-store.ts';
export type { Meeting, MeetingInput, Registration, RegistrationInput } from './meeting-types.ts';
