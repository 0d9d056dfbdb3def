/**
 * Store records as the chat's items show them: texts in the visitor's language, publishers
 * and organisers named. Mirrors the read API's views so widgets render both alike.
 */
import type {
  EventView, Member, MemberView, OrganisationRef, OrganisationRefView, Resource, ResourceView,
} from '@thb/schema';
import { resolveText } from '@thb/schema/localized';
import type { PlatformStore, StoredEvent } from '@thb/store';

/** Names the organisations behind references, one store lookup per distinct member. */
export async function organisationNames(
  store: PlatformStore,
  refs: readonly OrganisationRef[],
  commissionName: string,
): Promise<(ref: OrganisationRef) => OrganisationRefView> {
  const ids = [...new Set(refs.flatMap((ref) => (ref.type === 'member' ? [ref.memberId] : [])))];
  const members = await Promise.all(ids.map((id) => store.members.get(id)));
  const names = new Map(ids.map((id, index) => [id, members[index]?.name ?? id]));
  return (ref) =>
    ref.type === 'member'
      ? { type: 'member', memberId: ref.memberId, name: names.get(ref.memberId) ?? ref.memberId }
      : { type: 'commission', name: commissionName };
}

/** A member with its description in one language. */
export function memberView(member: Member, language: string): MemberView {
  return { ...member, description: resolveText(member.description, language) };
}

/** A resource with its texts in one language. */
export function resourceView(resource: Resource, language: string, names: (ref: OrganisationRef) => OrganisationRefView): ResourceView {
  const { hotline, ...rest } = resource;
  const view: ResourceView = {
    ...rest,
    title: resolveText(resource.title, language),
    summary: resolveText(resource.summary, language),
    publisher: names(resource.publisher),
  };
  if (hotline) view.hotline = { ...hotline, hours: resolveText(hotline.hours, language) };
  return view;
}

/** An event with its texts in one language and its span as UTC instants. */
export function eventView(stored: StoredEvent, language: string, names: (ref: OrganisationRef) => OrganisationRefView): EventView {
  const { event } = stored;
  return {
    ...event,
    title: resolveText(event.title, language),
    description: resolveText(event.description, language),
    organiser: names(event.organiser),
    startsAt: stored.startsAt.toISOString(),
    endsAt: stored.endsAt.toISOString(),
  };
}
