/** Display names of publishers and organisers: a member's name, or the Commission's. */
import type { EuLanguage, OrganisationRef, OrganisationRefView } from '@thb/schema';
import type { PlatformStore } from '@thb/store';

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

/**
 * Resolves the names behind a batch of references with one store lookup per distinct member.
 * A member that has since left keeps its id as its name, so the reference still reads.
 * @example const names = await organisationNames(store, resources.map((r) => r.publisher), 'de');
 */
export async function organisationNames(
  store: PlatformStore,
  refs: readonly OrganisationRef[],
  language: EuLanguage,
): Promise<(ref: OrganisationRef) => OrganisationRefView> {
  const ids = [...new Set(refs.flatMap((ref) => (ref.type === 'member' ? [ref.memberId] : [])))];
  const members = await Promise.all(ids.map((id) => store.members.get(id)));
  const names = new Map(ids.map((id, index) => [id, members[index]?.name ?? id]));
  return (ref) =>
    ref.type === 'member'
      ? { type: 'member', memberId: ref.memberId, name: names.get(ref.memberId) ?? ref.memberId }
      : { type: 'commission', name: COMMISSION_NAMES[language] };
}
