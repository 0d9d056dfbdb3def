/**
 * Stored records as readers see them: texts resolved to one language, publishers and
 * organisers named, event spans as UTC instants. The read API and the chat's live answers both
 * use these, so a widget renders an item the same whichever of the two it came from.
 *
 * @example
 * const names = await organisationNames(store, resources.map((r) => r.publisher), 'de');
 * resources.map((resource) => toResourceView(resource, 'de', names));
 */
import type {
  EuLanguage, EventView, Member, MemberView, OrganisationRef, OrganisationRefView, Resource, ResourceView,
} from '@thb/schema';
import { resolveText } from '@thb/schema/localized';
import type { PlatformStore, StoredEvent } from './repository.ts';

/** The European Commission's name in each official EU language, as it names itself. */
export const COMMISSION_NAMES: Readonly<Record<EuLanguage, string>> = {
  bg: 'Европейска комисия', cs: 'Evropská komise', da: 'Europa-Kommissionen',
  de: 'Europäische Kommission', el: 'Ευρωπαϊκή Επιτροπή', en: 'European Commission',
  es: 'Comisión Europea', et: 'Euroopa Komisjon', fi: 'Euroopan komissio',
  fr: 'Commission européenne', ga: 'An Coimisiún Eorpach', hr: 'Europska komisija',
  hu: 'Európai Bizottság', it: 'Commissione europea', lt: 'Europos Komisija',
  lv: 'Eiropas Komisija', mt: 'Il-Kummissjoni Ewropea', nl: 'Europese Commissie',
  pl: 'Komisja Europejska', pt: 'Comissão Europeia', ro: 'Comisia Europeană',
  sk: 'Európska komisia', sl: 'Evropska komisija', sv: 'Europeiska kommissionen',
};

/** Names an organisation reference. */
export type OrganisationNamer = (ref: OrganisationRef) => OrganisationRefView;

/**
 * Resolves the names behind a batch of references with one store lookup per distinct member.
 * A member that has since left keeps its id as its name, so the reference still reads.
 * @example const names = await organisationNames(store, resources.map((r) => r.publisher), 'de');
 */
export async function organisationNames(
  store: PlatformStore,
  refs: readonly OrganisationRef[],
  language: string,
): Promise<OrganisationNamer> {
  const ids = [...new Set(refs.flatMap((ref) => (ref.type === 'member' ? [ref.memberId] : [])))];
  const members = await Promise.all(ids.map((id) => store.members.get(id)));
  const names = new Map(ids.map((id, index) => [id, members[index]?.name ?? id]));
  const commission = COMMISSION_NAMES[language as EuLanguage] ?? COMMISSION_NAMES.en;
  return (ref) =>
    ref.type === 'member'
      ? { type: 'member', memberId: ref.memberId, name: names.get(ref.memberId) ?? ref.memberId }
      : { type: 'commission', name: commission };
}

/**
 * A member with its description in one language.
 * @example toMemberView(member, 'fr').description
 */
export function toMemberView(member: Member, language: string): MemberView {
  return { ...member, description: resolveText(member.description, language) };
}

/**
 * A resource with its texts in one language and its publisher named.
 * @example toResourceView(resource, 'de', names).publisher.name // 'Europäische Kommission'
 */
export function toResourceView(resource: Resource, language: string, publisherOf: OrganisationNamer): ResourceView {
  const { hotline, ...rest } = resource;
  const view: ResourceView = {
    ...rest,
    title: resolveText(resource.title, language),
    summary: resolveText(resource.summary, language),
    publisher: publisherOf(resource.publisher),
  };
  if (hotline) view.hotline = { ...hotline, hours: resolveText(hotline.hours, language) };
  return view;
}

/**
 * An event with its texts in one language, its organiser named and its span as UTC instants.
 * @example toEventView(stored, 'fr', names).startsAt // '2026-12-03T08:30:00.000Z'
 */
export function toEventView(stored: StoredEvent, language: string, organiserOf: OrganisationNamer): EventView {
  const { event } = stored;
  return {
    ...event,
    title: resolveText(event.title, language),
    description: resolveText(event.description, language),
    organiser: organiserOf(event.organiser),
    startsAt: stored.startsAt.toISOString(),
    endsAt: stored.endsAt.toISOString(),
  };
}
