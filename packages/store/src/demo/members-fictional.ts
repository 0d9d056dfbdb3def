/**
 * Invented demo members, so the map covers every EU country without putting words in real
 * organisations' mouths. Their descriptions say they are fictional; websites are under example.org.
 */
import type { FocusArea, Scope } from '@thb/schema';
import { CITY, fictional, type MemberDraft } from './draft.ts';

/** One fictional member from its few distinguishing facts. */
function invented(
  id: string, name: string, place: [keyof typeof CITY, string, string], scope: Scope, focus: FocusArea[],
  languages: string[], joined: string, description: [en: string, de: string, fr: string],
): MemberDraft {
  const [cityKey, city, country] = place;
  return {
    id, name, description: fictional(...description), country, city, coordinates: CITY[cityKey], scope, focus,
    website: `https://${id}.example.org/`, contact: { email: `info@${id}.example.org` }, languages, joined,
  };
}

/** Members in the EU countries that the real demo members do not cover. */
export const MEMBERS_FICTIONAL: MemberDraft[] = [
  invented('nyhavn-outreach', 'Nyhavn Outreach Collective', ['copenhagen', 'København', 'DK'], 'local',
    ['sexual-exploitation', 'victim-protection'], ['da', 'en'], '2019-09-09', [
      'Street outreach in Copenhagen for people at risk of sexual exploitation.',
      'Aufsuchende Arbeit in Kopenhagen für Menschen, denen sexuelle Ausbeutung droht.',
      "Travail de rue à Copenhague auprès des personnes exposées à l'exploitation sexuelle.",
    ]),
  invented('vastkust-stodcenter', 'Västkust Stödcenter', ['gothenburg', 'Göteborg', 'SE'], 'national',
    ['victim-protection', 'forced-criminal-activities'], ['sv', 'en'], '2020-01-27', [
      'Supports young people forced into crime by gangs in western Sweden.',
      'Unterstützt junge Menschen in Westschweden, die von Banden zu Straftaten gezwungen werden.',
      "Accompagne les jeunes contraints par des gangs à commettre des délits dans l'ouest de la Suède.",
    ]),
  invented('duna-hidak', 'Duna Hidak Egyesület', ['budapest', 'Budapest', 'HU'], 'national',
    ['children-rights', 'sexual-exploitation', 'victim-protection'], ['hu', 'en', 'de'], '2018-06-25', [
      'Helps children from state care who are targeted by traffickers.',
      'Hilft Kindern aus staatlicher Betreuung, die ins Visier von Menschenhändlern geraten.',
      "Aide les enfants placés qui sont ciblés par des trafiquants.",
    ]),
  invented('zmajski-most', 'Zmajski most Network', ['ljubljana', 'Ljubljana', 'SI'], 'national',
    ['labour-exploitation', 'migrant-rights'], ['sl', 'en', 'hr'], '2021-03-22', [
      'Advises seasonal and posted workers in Slovenia about their rights.',
      'Berät Saison- und entsandte Arbeitskräfte in Slowenien über ihre Rechte.',
      'Conseille les travailleurs saisonniers et détachés en Slovénie sur leurs droits.',
    ]),
  invented('sava-safe-haven', 'Sava Safe Haven', ['zagreb', 'Zagreb', 'HR'], 'national',
    ['victim-protection', 'women-rights', 'forced-marriage'], ['hr', 'en'], '2019-11-04', [
      'Runs a shelter in Zagreb for women escaping trafficking and forced marriage.',
      'Betreibt in Zagreb eine Schutzunterkunft für Frauen, die Menschenhandel und Zwangsheirat entkommen.',
      'Gère à Zagreb un foyer pour les femmes qui fuient la traite et le mariage forcé.',
    ]),
  invented('neris-youth-shelter', 'Neris Youth Shelter', ['vilnius', 'Vilnius', 'LT'], 'local',
    ['children-rights', 'victim-protection'], ['lt', 'en', 'ru'], '2022-02-14', [
      'Emergency accommodation in Vilnius for teenagers who ran away or were exploited.',
      'Notunterkunft in Vilnius für Jugendliche, die weggelaufen sind oder ausgebeutet wurden.',
      "Hébergement d'urgence à Vilnius pour les adolescents fugueurs ou exploités.",
    ]),
  invented('daugava-support-centre', 'Daugava Support Centre', ['riga', 'Rīga', 'LV'], 'national',
    ['victim-protection', 'sexual-exploitation', 'forced-marriage'], ['lv', 'en', 'ru'], '2017-10-16', [
      'Supports Latvian women exploited abroad, including through sham marriages.',
      'Unterstützt lettische Frauen, die im Ausland ausgebeutet wurden, auch durch Scheinehen.',
      "Soutient les Lettones exploitées à l'étranger, y compris par des mariages de complaisance.",
    ]),
  invented('baltic-lighthouse', 'Baltic Lighthouse Tallinn', ['tallinn', 'Tallinn', 'EE'], 'national',
    ['labour-exploitation', 'victim-protection'], ['et', 'en', 'ru'], '2020-08-03', [
      'Runs an information line in Tallinn for people recruited to work abroad.',
      'Betreibt in Tallinn ein Infotelefon für Menschen, die für Arbeit im Ausland angeworben werden.',
      "Gère à Tallinn une ligne d'information pour les personnes recrutées pour travailler à l'étranger.",
    ]),
  invented('danubia-outreach', 'Danubia Outreach Slovakia', ['bratislava', 'Bratislava', 'SK'], 'national',
    ['forced-begging', 'children-rights', 'human-rights'], ['sk', 'en', 'hu'], '2018-12-10', [
      'Works with Roma communities in Slovakia to prevent forced begging and child exploitation.',
      'Arbeitet mit Roma-Gemeinschaften in der Slowakei, um Zwangsbettelei und Kinderausbeutung zu verhindern.',
      "Travaille avec les communautés roms de Slovaquie pour prévenir la mendicité forcée et l'exploitation des enfants.",
    ]),
  invented('kirchberg-migrant-counsel', 'Kirchberg Migrant Counsel', ['luxembourg', 'Luxembourg', 'LU'], 'national',
    ['migrant-rights', 'labour-exploitation', 'gender-equality'], ['fr', 'de', 'lb', 'en'], '2023-01-30', [
      'Free legal advice in Luxembourg for domestic workers and au pairs.',
      'Kostenlose Rechtsberatung in Luxemburg für Hausangestellte und Au-pairs.',
      'Conseil juridique gratuit au Luxembourg pour les travailleurs domestiques et les jeunes au pair.',
    ]),
  invented('grand-harbour-aid', 'Grand Harbour Migrant Aid', ['valletta', 'Valletta', 'MT'], 'national',
    ['migrant-rights', 'victim-protection', 'organ-removal'], ['mt', 'en', 'ar'], '2019-04-15', [
      'Meets people rescued at sea in Malta and screens them for signs of trafficking.',
      'Begleitet in Malta aus Seenot gerettete Menschen und achtet auf Anzeichen von Menschenhandel.',
      'Accueille à Malte les personnes secourues en mer et repère les signes de traite.',
    ]),
  invented('two-shores-cyprus', 'Two Shores Cyprus', ['nicosia', 'Nicosia', 'CY'], 'national',
    ['gender-equality', 'women-rights', 'illegal-adoption', 'surrogacy-exploitation'], ['el', 'en', 'tr'], '2024-05-06', [
      'Research and advocacy in Nicosia on exploitation through surrogacy and illegal adoption.',
      'Forschung und Lobbyarbeit in Nikosia zu Ausbeutung durch Leihmutterschaft und illegale Adoption.',
      "Recherche et plaidoyer à Nicosie sur l'exploitation par la gestation pour autrui et l'adoption illégale.",
    ]),
];
