/** Turns domain records into table rows: the JSON document plus the columns SQL works on. */
import type { Event, Member, Resource } from '@thb/schema';
import type { EventsTable, MemberFocusTable, MembersTable, ResourcesTable } from './database.ts';
import { eventSpan } from './event-span.ts';
import { foldText } from '@thb/text';

/** Folded words in spaces (` la strada international `), so `LIKE '% word%'` is a word-prefix match. */
export function memberSearchText(member: Member): string {
  const parts = [member.name, member.acronym ?? '', member.city, ...Object.values(member.description)];
  return ` ${foldText(parts.join(' '))} `;
}

/** The `members` row of a member. */
export function memberRow(member: Member): MembersTable {
  return {
    id: member.id,
    name_key: foldText(member.name),
    country: member.country,
    scope: member.scope,
    search_text: memberSearchText(member),
    document: JSON.stringify(member),
  };
}

/** The `member_focus` rows of a member (focus areas deduplicated, as they form the key). */
export function memberFocusRows(member: Member): MemberFocusTable[] {
  return [...new Set(member.focus)].map((focus) => ({ member_id: member.id, focus }));
}

/** The `resources` row of a resource. */
export function resourceRow(resource: Resource): ResourcesTable {
  return { id: resource.id, type: resource.type, published: resource.published, document: JSON.stringify(resource) };
}

/** The `events` row of an event, its span computed once here rather than on every read. */
export function eventRow(event: Event): EventsTable {
  const { startsAt, endsAt } = eventSpan(event);
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    format: event.format,
    date_precision: event.datePrecision,
    starts_at: startsAt.toISOString(),
    ends_at: endsAt.toISOString(),
    document: JSON.stringify(event),
  };
}

/** Number of columns per row, used to keep multi-row inserts under the driver's parameter limit. */
export const COLUMNS = { members: 6, member_focus: 2, resources: 4, events: 8 } as const;
