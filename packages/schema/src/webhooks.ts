/**
 * Webhook endpoints of an organisation's own systems (issue 13): what its owners send to register
 * or change one, and what they get back. The signing secret appears only in the answers to a
 * registration and to a rotation; lists never carry it. Whether a URL may be reached (https, no
 * private address) depends on the operator's allow list, so the API checks that beyond this schema.
 */
import * as z from 'zod';
import { IsoDateTime, Slug } from './common.ts';
import { WEBHOOK_EVENT_KINDS } from './enums.ts';

/** One kind of event an endpoint can subscribe to. */
export const WebhookEventKind = z.enum(WEBHOOK_EVENT_KINDS).meta({ id: 'WebhookEventKind' });
export type WebhookEventKind = z.infer<typeof WebhookEventKind>;

/** An endpoint's address; https only, and public, unless the operator allows the host (checked by the API). */
export const WebhookUrl = z.url({ protocol: /^https?$/ }).max(2000)
  .meta({ description: 'Where deliveries are POSTed: https, a public host', example: 'https://crm.example.org/hooks/thb' });

const EventKinds = z.array(WebhookEventKind).min(1).max(WEBHOOK_EVENT_KINDS.length * 2)
  .meta({ description: 'The event kinds delivered to it (repeats are ignored)' });

/** `POST /v1/organisations/{memberId}/webhooks` */
export const WebhookEndpointInput = z.strictObject({ url: WebhookUrl, eventKinds: EventKinds }).meta({ id: 'WebhookEndpointInput' });
export type WebhookEndpointInput = z.infer<typeof WebhookEndpointInput>;

/** `PATCH …/webhooks/{webhookId}`: any of these; `enabled: true` re-enables one that failures disabled. */
export const WebhookEndpointPatch = z.strictObject({
  url: WebhookUrl.optional(),
  eventKinds: EventKinds.optional(),
  enabled: z.boolean().optional().meta({ description: 'false pauses deliveries; true resumes them and clears the failure count' }),
}).refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: 'give url, eventKinds or enabled' })
  .meta({ id: 'WebhookEndpointPatch' });
export type WebhookEndpointPatch = z.infer<typeof WebhookEndpointPatch>;

/** An endpoint as its owners see it: never its secret. */
export const WebhookEndpoint = z.strictObject({
  id: z.string(),
  memberId: Slug.nullable().meta({ description: 'The organisation; null for the secretariat\'s own endpoints' }),
  url: z.string(),
  eventKinds: z.array(WebhookEventKind),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().meta({ description: 'Why deliveries stopped: paused by an owner, or failures in a row' }),
  consecutiveFailures: z.int().min(0),
  createdAt: IsoDateTime,
}).meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;
export const WebhookEndpointList = z.strictObject({ items: z.array(WebhookEndpoint) }).meta({ id: 'WebhookEndpointList' });
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>;

const Secret = z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/)
  .meta({ description: 'The Standard Webhooks signing secret (`whsec_…`): shown in this answer only, store it now' });

/** A new endpoint, with its secret. */
export const CreatedWebhookEndpoint = WebhookEndpoint.extend({ secret: Secret }).meta({ id: 'CreatedWebhookEndpoint' });
export type CreatedWebhookEndpoint = z.infer<typeof CreatedWebhookEndpoint>;

/** `POST …/webhooks/{webhookId}/secret`: the new secret; the old one stops signing at once. */
export const RotatedWebhookSecret = z.strictObject({ id: z.string(), secret: Secret }).meta({ id: 'RotatedWebhookSecret' });
export type RotatedWebhookSecret = z.infer<typeof RotatedWebhookSecret>;

/** One message in an endpoint's log, with its latest attempt. */
export const WebhookDelivery = z.strictObject({
  id: z.string().meta({ description: 'The `webhook-id` header, the same on every attempt' }),
  eventKind: WebhookEventKind,
  status: z.enum(['pending', 'delivered', 'failed']).meta({ description: 'pending: waiting for its (next) attempt; failed: given up' }),
  attempt: z.int().min(0).meta({ description: 'Attempts made so far' }),
  lastStatusCode: z.int().nullable().meta({ description: 'The HTTP status of the latest attempt; null when none answered' }),
  lastError: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  nextAttemptAt: IsoDateTime.nullable(),
}).meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
export const WebhookDeliveryList = z.strictObject({ items: z.array(WebhookDelivery) }).meta({ id: 'WebhookDeliveryList' });
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;

/** `GET …/webhooks/{webhookId}/deliveries`: the newest first. */
export const WebhookDeliveriesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'How many, newest first (1–100)' }),
}).meta({ id: 'WebhookDeliveriesQuery' });
