/**
 * Demo members in Belgium and the Netherlands: European networks and two Belgian specialised
 * centres. Public facts only; their membership and join dates in this demo are invented.
 */
import { CITY, t, type MemberDraft } from './draft.ts';

/** European and Benelux members. */
export const MEMBERS_NETWORKS: MemberDraft[] = [
  {
    id: 'la-strada-international',
    name: 'La Strada International',
    acronym: 'LSI',
    description: t(
      'European NGO network against trafficking in human beings, based in Amsterdam.',
      'Europäisches NGO-Netzwerk gegen Menschenhandel mit Sitz in Amsterdam.',
      "Réseau européen d'ONG contre la traite des êtres humains, basé à Amsterdam.",
    ),
    country: 'NL', city: 'Amsterdam', coordinates: CITY.amsterdam, scope: 'european',
    focus: ['human-rights', 'victim-protection', 'labour-exploitation', 'sexual-exploitation'],
    website: 'https://lastradainternational.org/',
    contact: { url: 'https://lastradainternational.org/' },
    languages: ['en'], joined: '2013-05-30',
  },
  {
    id: 'child-helpline-international',
    name: 'Child Helpline International',
    description: t(
      'Global network of child helplines, based in Amsterdam.',
      'Weltweites Netzwerk von Kinder- und Jugendtelefonen mit Sitz in Amsterdam.',
      "Réseau mondial de lignes d'écoute pour enfants, basé à Amsterdam.",
    ),
    country: 'NL', city: 'Amsterdam', coordinates: CITY.amsterdam, scope: 'international',
    focus: ['children-rights', 'victim-protection'],
    website: 'https://childhelplineinternational.org/',
    contact: { url: 'https://childhelplineinternational.org/' },
    languages: ['en'], joined: '2017-11-20',
  },
  {
    id: 'missing-children-europe',
    name: 'Missing Children Europe',
    description: t(
      'The European federation for missing and sexually exploited children; it brings together the 116 000 hotlines for missing children.',
      'Europäischer Dachverband für vermisste und sexuell ausgebeutete Kinder; er vereint die Hotlines 116 000 für vermisste Kinder.',
      'Fédération européenne pour les enfants disparus et sexuellement exploités ; elle réunit les lignes 116 000 pour enfants disparus.',
    ),
    country: 'BE', city: 'Brussels', coordinates: CITY.brussels, scope: 'european',
    focus: ['children-rights', 'victim-protection', 'sexual-exploitation'],
    website: 'https://missingchildreneurope.eu/',
    contact: { url: 'https://missingchildreneurope.eu/' },
    languages: ['en', 'fr'], joined: '2013-05-30',
  },
  {
    id: 'picum',
    name: 'Platform for International Cooperation on Undocumented Migrants',
    acronym: 'PICUM',
    description: t(
      'Network of organisations working for social justice and human rights for undocumented migrants.',
      'Netzwerk von Organisationen, die sich für soziale Gerechtigkeit und Menschenrechte von Menschen ohne Papiere einsetzen.',
      "Réseau d'organisations œuvrant pour la justice sociale et les droits humains des migrants sans papiers.",
    ),
    country: 'BE', city: 'Brussels', coordinates: CITY.brussels, scope: 'european',
    focus: ['migrant-rights', 'human-rights', 'labour-exploitation'],
    website: 'https://picum.org/',
    contact: { url: 'https://picum.org/' },
    languages: ['en', 'fr', 'es'], joined: '2013-05-30',
  },
  {
    id: 'caritas-europa',
    name: 'Caritas Europa',
    description: t(
      'Network of Caritas organisations across Europe working against poverty and social exclusion.',
      'Netzwerk der Caritas-Organisationen in Europa, das gegen Armut und soziale Ausgrenzung arbeitet.',
      "Réseau des organisations Caritas en Europe, engagé contre la pauvreté et l'exclusion sociale.",
    ),
    country: 'BE', city: 'Brussels', coordinates: CITY.brussels, scope: 'european',
    focus: ['migrant-rights', 'human-rights', 'victim-protection'],
    website: 'https://www.caritas.eu/',
    contact: { url: 'https://www.caritas.eu/' },
    languages: ['en', 'fr', 'de'], joined: '2014-02-03',
  },
  {
    id: 'european-womens-lobby',
    name: "European Women's Lobby",
    acronym: 'EWL',
    description: t(
      "The largest European umbrella network of women's associations.",
      'Das größte europäische Dachnetzwerk von Frauenverbänden.',
      'Le plus grand réseau européen d’associations de femmes.',
    ),
    country: 'BE', city: 'Brussels', coordinates: CITY.brussels, scope: 'european',
    focus: ['women-rights', 'gender-equality', 'sexual-exploitation'],
    website: 'https://womenlobby.org/',
    contact: { url: 'https://womenlobby.org/' },
    languages: ['en', 'fr'], joined: '2013-10-07',
  },
  {
    id: 'eurochild',
    name: 'Eurochild',
    description: t(
      'Network of organisations and individuals working with and for children in Europe.',
      'Netzwerk von Organisationen und Fachleuten, die in Europa mit und für Kinder arbeiten.',
      "Réseau d'organisations et de personnes travaillant avec et pour les enfants en Europe.",
    ),
    country: 'BE', city: 'Brussels', coordinates: CITY.brussels, scope: 'european',
    focus: ['children-rights', 'human-rights'],
    website: 'https://eurochild.org/',
    contact: { url: 'https://eurochild.org/' },
    languages: ['en'], joined: '2018-04-16',
  },
  {
    id: 'payoke',
    name: 'Payoke',
    description: t(
      'Specialised centre in Antwerp that receives and supports victims of trafficking in human beings in Belgium.',
      'Spezialisiertes Zentrum in Antwerpen, das Betroffene von Menschenhandel in Belgien aufnimmt und begleitet.',
      'Centre spécialisé à Anvers qui accueille et accompagne les victimes de la traite des êtres humains en Belgique.',
    ),
    country: 'BE', city: 'Antwerpen', coordinates: CITY.antwerp, scope: 'national',
    focus: ['victim-protection', 'sexual-exploitation', 'labour-exploitation'],
    website: 'https://www.payoke.be/',
    contact: { url: 'https://www.payoke.be/' },
    languages: ['nl', 'en', 'fr'], joined: '2013-11-25',
  },
  {
    id: 'pag-asa',
    name: 'PAG-ASA',
    description: t(
      'Specialised centre in Brussels that receives and supports victims of trafficking in human beings.',
      'Spezialisiertes Zentrum in Brüssel, das Betroffene von Menschenhandel aufnimmt und begleitet.',
      'Centre spécialisé à Bruxelles qui accueille et accompagne les victimes de la traite des êtres humains.',
    ),
    country: 'BE', city: 'Bruxelles', coordinates: CITY.brussels, scope: 'national',
    focus: ['victim-protection', 'labour-exploitation', 'sexual-exploitation'],
    website: 'https://www.pag-asa.be/',
    contact: { url: 'https://www.pag-asa.be/' },
    languages: ['fr', 'nl', 'en'], joined: '2014-06-09',
  },
];
