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

/** Copies the optional fields that are set, so a view has no `undefined` members either. */
function optional<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}

/**
 * A member with its description in one language. Built field by field from the public schema,
 * never by spreading the record: a field the schema does not list cannot reach a reader.
 * @example toMemberView(member, 'fr').description
 */
export function toMemberView(member: Member, language: string): MemberView {
  const { contact, coordinates } = member;
  return {
    id: member.id,
    name: member.name,
    ...optional(member, ['acronym'] as const),
    country: member.country,
    city: member.city,
    coordinates: { lat: coordinates.lat, lon: coordinates.lon },
    scope: member.scope,
    focus: [...member.focus],
    ...optional(member, ['website'] as const),
    contact: optional(contact, ['email', 'phone', 'url'] as const),
    languages: [...member.languages],
    joined: member.joined,
    updatedAt: member.updatedAt,
    ...optional(member, ['lastConfirmedAt'] as const),
    description: resolveText(member.description, language),
  };
}

/**
 * A resource with its texts in one language and its publisher named, built field by field.
 * @example toResourceView(resource, 'de', names).publisher.name // 'Europäische Kommission'
 */
export function toResourceView(resource: Resource, language: string, publisherOf: OrganisationNamer): ResourceView {
  const { hotline } = resource;
  const view: ResourceView = {
    id: resource.id,
    type: resource.type,
    topics: [...resource.topics],
    languages: [...resource.languages],
    countries: [...resource.countries],
    audience: [...resource.audience],
    url: resource.url,
    published: resource.published,
    updatedAt: resource.updatedAt,
    title: resolveText(resource.title, language),
    summary: resolveText(resource.summary, language),
    publisher: publisherOf(resource.publisher),
  };
  if (hotline) {
    view.hotline = { phone: hotline.phone, hours: resolveText(hotline.hours, language), languages: [...hotline.languages] };
  }
  return view;
}

/**
 * An event with its texts in one language, its organiser named and its span as UTC instants,
 * built field by field.
 * @example toEventView(stored, 'fr', names).startsAt // '2026-12-03T08:30:00.000Z'
 */
export function toEventView(stored: StoredEvent, language: string, organiserOf: OrganisationNamer): EventView {
  const { event } = stored;
  const { place } = event;
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    datePrecision: event.datePrecision,
    ...optional(event, ['approximateDate'] as const),
    format: event.format,
    ...(place ? { place: { ...optional(place, ['name', 'address'] as const), city: place.city, country: place.country } } : {}),
    ...optional(event, ['onlineUrl', 'registrationUrl'] as const),
    languages: [...event.languages],
    updatedAt: event.updatedAt,
    title: resolveText(event.title, language),
    description: resolveText(event.description, language),
    organiser: organiserOf(event.organiser),
    startsAt: stored.startsAt.toISOString(),
    endsAt: stored.endsAt.toISOString(),
  };
}
