/**
 * Demo members in northern, central and south-eastern Europe. Real organisations carry only
 * well-known public facts; their membership and join dates in this demo are invented.
 */
import { CITY, t, type MemberDraft } from './draft.ts';

/** Members in Finland, Czechia, Poland, Greece, Bulgaria and Romania. */
export const MEMBERS_EAST: MemberDraft[] = [
  {
    id: 'pro-tukipiste',
    name: 'Pro-tukipiste ry',
    description: t(
      'Finnish organisation in Helsinki that supports people who sell sex and victims of trafficking.',
      'Finnische Organisation in Helsinki, die Menschen in der Sexarbeit und Betroffene von Menschenhandel unterstützt.',
      'Organisation finlandaise à Helsinki qui soutient les personnes qui vendent des services sexuels et les victimes de traite.',
    ),
    country: 'FI', city: 'Helsinki', coordinates: CITY.helsinki, scope: 'national',
    focus: ['victim-protection', 'sexual-exploitation', 'human-rights'],
    website: 'https://protukipiste.fi/',
    contact: { url: 'https://protukipiste.fi/' },
    languages: ['fi', 'en', 'sv'], joined: '2015-08-31',
  },
  {
    id: 'la-strada-cz',
    name: 'La Strada Česká republika',
    description: t(
      'Czech NGO in Prague working against trafficking in human beings and exploitation.',
      'Tschechische NGO in Prag, die gegen Menschenhandel und Ausbeutung arbeitet.',
      "ONG tchèque à Prague qui lutte contre la traite des êtres humains et l'exploitation.",
    ),
    country: 'CZ', city: 'Praha', coordinates: CITY.prague, scope: 'national',
    focus: ['victim-protection', 'labour-exploitation', 'human-rights'],
    website: 'https://www.strada.cz/',
    contact: { url: 'https://www.strada.cz/' },
    languages: ['cs', 'en'], joined: '2013-05-30',
  },
  {
    id: 'la-strada-pl',
    name: 'Fundacja La Strada',
    description: t(
      'Polish foundation in Warsaw working against trafficking in human beings and slavery.',
      'Polnische Stiftung in Warschau, die gegen Menschenhandel und Sklaverei arbeitet.',
      "Fondation polonaise à Varsovie qui lutte contre la traite des êtres humains et l'esclavage.",
    ),
    country: 'PL', city: 'Warszawa', coordinates: CITY.warsaw, scope: 'national',
    focus: ['victim-protection', 'labour-exploitation', 'sexual-exploitation'],
    website: 'https://www.strada.org.pl/',
    contact: { url: 'https://www.strada.org.pl/' },
    languages: ['pl', 'en'], joined: '2013-05-30',
  },
  {
    id: 'fundacja-dajemy-dzieciom-sile',
    name: 'Fundacja Dajemy Dzieciom Siłę',
    acronym: 'FDDS',
    description: t(
      'Polish foundation that protects children from abuse; it runs 116 111, the helpline for children and young people.',
      'Polnische Stiftung zum Schutz von Kindern vor Misshandlung; sie betreibt die Kinder- und Jugendhotline 116 111.',
      'Fondation polonaise qui protège les enfants contre la maltraitance ; elle gère le 116 111, la ligne d’écoute pour enfants et jeunes.',
    ),
    country: 'PL', city: 'Warszawa', coordinates: CITY.warsaw, scope: 'national',
    focus: ['children-rights', 'victim-protection'],
    website: 'https://fdds.pl/',
    contact: { url: 'https://fdds.pl/' },
    languages: ['pl'], joined: '2018-02-19',
  },
  {
    id: 'smile-of-the-child',
    name: 'The Smile of the Child',
    description: t(
      'Greek organisation for the welfare of children; it runs the 116 000 hotline for missing children in Greece.',
      'Griechische Organisation für das Wohl von Kindern; sie betreibt in Griechenland die Hotline 116 000 für vermisste Kinder.',
      'Organisation grecque pour le bien-être des enfants ; elle gère en Grèce la ligne 116 000 pour enfants disparus.',
    ),
    country: 'GR', city: 'Athens', coordinates: CITY.athens, scope: 'national',
    focus: ['children-rights', 'victim-protection'],
    website: 'https://www.hamogelo.gr/',
    contact: { url: 'https://www.hamogelo.gr/' },
    languages: ['el', 'en'], joined: '2014-11-03',
  },
  {
    id: 'animus-association',
    name: 'Animus Association Foundation',
    description: t(
      'Bulgarian organisation in Sofia that supports survivors of violence and trafficking in human beings.',
      'Bulgarische Organisation in Sofia, die Überlebende von Gewalt und Menschenhandel unterstützt.',
      'Organisation bulgare à Sofia qui soutient les survivantes et survivants de violences et de traite des êtres humains.',
    ),
    country: 'BG', city: 'Sofia', coordinates: CITY.sofia, scope: 'national',
    focus: ['victim-protection', 'women-rights', 'children-rights'],
    website: 'https://animusassociation.org/',
    contact: { url: 'https://animusassociation.org/' },
    languages: ['bg', 'en'], joined: '2013-05-30',
  },
  {
    id: 'adpare',
    name: 'ADPARE',
    description: t(
      'Romanian NGO in Bucharest that helps victims of trafficking recover and rebuild their lives.',
      'Rumänische NGO in Bukarest, die Betroffenen von Menschenhandel hilft, sich zu erholen und ein neues Leben aufzubauen.',
      'ONG roumaine à Bucarest qui aide les victimes de la traite à se rétablir et à reconstruire leur vie.',
    ),
    country: 'RO', city: 'București', coordinates: CITY.bucharest, scope: 'national',
    focus: ['victim-protection', 'sexual-exploitation', 'labour-exploitation'],
    website: 'https://adpare.eu/',
    contact: { url: 'https://adpare.eu/' },
    languages: ['ro', 'en'], joined: '2014-04-14',
  },
];
