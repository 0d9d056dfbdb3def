/** What the write routes need to know of each kind of record: its schema, view and names. */
import { Event, EventView, EventWriteResult, Member, MemberView, MemberWriteResult, Resource, ResourceView, ResourceWriteResult } from '@thb/schema';
import type { AnyRecord, RecordKind, RecordOf } from '@thb/store';
import { eventSpan } from '@thb/store';
import { organisationNames, toEventView, toMemberView, toResourceView } from '@thb/store/views';
import type { AppDeps } from '../../lib/types.ts';

/** One kind's parts. */
export interface RecordKindSpec {
  kind: RecordKind;
  /** Singular, for messages ("member"). */
  noun: string;
  tag: string;
  schema: typeof Member | typeof Resource | typeof Event;
  view: typeof MemberView | typeof ResourceView | typeof EventView;
  result: typeof MemberWriteResult | typeof ResourceWriteResult | typeof EventWriteResult;
  /** The record in the read API's form, in one language. */
  toView(deps: AppDeps, record: AnyRecord, language: string): Promise<unknown>;
  /** A short title for mails and the review queue. */
  title(record: AnyRecord): string;
}

const firstText = (text: Readonly<Record<string, string>>) => text.en ?? Object.values(text)[0] ?? '';

export const RECORD_KIND_SPECS: Readonly<Record<RecordKind, RecordKindSpec>> = {
  members: {
    kind: 'members', noun: 'member', tag: 'Members', schema: Member, view: MemberView, result: MemberWriteResult,
    toView: async (_deps, record, language) => toMemberView(record as RecordOf['members'], language),
    title: (record) => (record as RecordOf['members']).name,
  },
  resources: {
    kind: 'resources', noun: 'resource', tag: 'Resources', schema: Resource, view: ResourceView, result: ResourceWriteResult,
    async toView(deps, record, language) {
      const resource = record as RecordOf['resources'];
      return toResourceView(resource, language, await organisationNames(deps.store, [resource.publisher], language));
    },
    title: (record) => firstText((record as RecordOf['resources']).title),
  },
  events: {
    kind: 'events', noun: 'event', tag: 'Events', schema: Event, view: EventView, result: EventWriteResult,
    async toView(deps, record, language) {
      const event = record as RecordOf['events'];
      const { startsAt, endsAt } = eventSpan(event);
      const stored = { event, startsAt, endsAt, datePrecision: event.datePrecision };
      return toEventView(stored, language, await organisationNames(deps.store, [event.organiser], language));
    },
    title: (record) => firstText((record as RecordOf['events']).title),
  },
};
