/**
 * Notification preferences (issue 13): per kind a cadence, optional filters, the person's
 * language and time zone. Nothing stored means the defaults below (daily digest for every kind).
 */
import * as z from 'zod';
import { CountryCode, LanguageCode, TimeZone } from './common.ts';
import { FOCUS_AREAS } from './enums.ts';

/** What a person can be notified about. */
export const NOTIFICATION_KINDS = ['announcements', 'members', 'resources', 'events', 'reviews'] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS).meta({ id: 'NotificationKind' });
export type NotificationKind = z.infer<typeof NotificationKind>;

/** How often; `daily` is the default when nothing is stored. */
export const NOTIFICATION_CADENCES = ['immediate', 'daily', 'weekly', 'off'] as const;
export const NotificationCadence = z.enum(NOTIFICATION_CADENCES).meta({ id: 'NotificationCadence' });
export type NotificationCadence = z.infer<typeof NotificationCadence>;

/** One kind's choice; empty filters mean everything. */
export const NotificationChoice = z.strictObject({
  cadence: NotificationCadence.default('daily'),
  countries: z.array(CountryCode).max(60).default([]),
  focusAreas: z.array(z.enum(FOCUS_AREAS)).max(FOCUS_AREAS.length).default([]),
}).meta({ id: 'NotificationChoice' });

/** A fresh default per use, so no two parsed values share an array. */
const defaultChoice = (): z.input<typeof NotificationChoice> => ({ cadence: 'daily', countries: [], focusAreas: [] });

/** The body of `PUT /v1/me/notifications` and the answer of `GET`: absent kinds take the default. */
export const NotificationPreferences = z.strictObject({
  language: LanguageCode.default('en'),
  timeZone: TimeZone.default('Europe/Brussels'),
  kinds: z.strictObject({
    announcements: NotificationChoice.prefault(defaultChoice),
    members: NotificationChoice.prefault(defaultChoice),
    resources: NotificationChoice.prefault(defaultChoice),
    events: NotificationChoice.prefault(defaultChoice),
    reviews: NotificationChoice.prefault(defaultChoice),
  }).prefault({}),
}).meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** The body of `POST /v1/notifications/unsubscribe` (RFC 8058 sends `List-Unsubscribe=One-Click`). */
export const UnsubscribeQuery = z.strictObject({
  token: z.string().min(20).max(300),
}).meta({ id: 'UnsubscribeQuery' });
