/**
 * `GET /v1/organisations/{memberId}/resources|events` (issue 12): one organisation's own
 * records in every status, for its people; the public lists give published ones only.
 */
import * as z from 'zod';
import { Event } from './event.ts';
import { Resource } from './resource.ts';
import { RecordStatus } from './writes.ts';

function contentList<T extends z.ZodType>(record: T, id: string) {
  const item = z.strictObject({
    status: RecordStatus.meta({ description: '`pending` until the secretariat approves it; `rejected` with a `reason`; `suspended` by the secretariat' }),
    reason: z.string().nullable().meta({ description: 'Why it was rejected or suspended' }),
    etag: z.string().meta({ description: 'Send it in `If-Match` to change the record' }),
    pendingReview: z.array(z.string()).meta({ description: 'Fields of a change that waits for the secretariat; `*`: the whole record' }),
    /** The record as stored, its texts in every language given. */
    record,
  }).meta({ id: `${id}Item` });
  return z.strictObject({ items: z.array(item), total: z.number().int() }).meta({ id });
}

/** An organisation's resources, each with its status. */
export const OrganisationResources = contentList(Resource, 'OrganisationResources');
export type OrganisationResources = z.infer<typeof OrganisationResources>;

/** An organisation's events, each with its status. */
export const OrganisationEvents = contentList(Event, 'OrganisationEvents');
export type OrganisationEvents = z.infer<typeof OrganisationEvents>;
