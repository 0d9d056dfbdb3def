/**
 * Hotlines with numbers that are certainly real: 112, 116 000, 116 111 and France Victimes'
 * 116 006. Where opening hours differ by country or may change, the text sends people to the
 * website rather than stating hours we cannot vouch for.
 */
import { t, type ResourceDraft } from './draft.ts';

const SEE_WEBSITE = t(
  'See the website for current opening hours.',
  'Aktuelle Erreichbarkeit siehe Website.',
  "Voir le site web pour les horaires d'ouverture actuels.",
);

/** Emergency numbers and helplines. */
export const RESOURCES_HOTLINES: ResourceDraft[] = [
  {
    id: 'emergency-112', type: 'hotline', published: '1991-07-29',
    title: t('112 – European emergency number', '112 – Europäischer Notruf', "112 – Numéro d'urgence européen"),
    summary: t(
      'Call 112 free of charge from any phone anywhere in the EU for police, ambulance or fire brigade when someone is in danger.',
      'Die 112 ist in der ganzen EU kostenlos von jedem Telefon erreichbar: Polizei, Rettungsdienst oder Feuerwehr, wenn jemand in Gefahr ist.',
      "Le 112 est gratuit depuis n'importe quel téléphone dans toute l'UE : police, secours ou pompiers quand quelqu'un est en danger.",
    ),
    topics: ['victim-support', 'identification'], languages: ['en', 'de', 'fr'], countries: ['EU'],
    audience: ['victims', 'public', 'children'], url: 'https://digital-strategy.ec.europa.eu/en/policies/112',
    publisher: { type: 'commission' },
    hotline: { phone: '112', hours: t('24 hours a day, 7 days a week', 'Rund um die Uhr, 7 Tage die Woche', '24 heures sur 24, 7 jours sur 7'), languages: ['en'] },
  },
  {
    id: 'missing-children-hotline-116000', type: 'hotline', published: '2007-02-15',
    title: t('116 000 – Hotline for missing children', '116 000 – Hotline für vermisste Kinder', '116 000 – Numéro pour les enfants disparus'),
    summary: t(
      'The European number to report a missing child or to get support when a child has gone missing, answered by national hotlines.',
      'Die europäische Nummer, um ein vermisstes Kind zu melden oder Hilfe zu bekommen, beantwortet von nationalen Hotlines.',
      'Le numéro européen pour signaler un enfant disparu ou obtenir du soutien, pris en charge par des lignes nationales.',
    ),
    topics: ['children-rights', 'victim-support'], languages: ['en', 'fr'], countries: ['EU'],
    audience: ['public', 'children', 'victims'], url: 'https://missingchildreneurope.eu/',
    publisher: { type: 'member', memberId: 'missing-children-europe' },
    hotline: { phone: '116 000', hours: t(
      'Opening hours depend on the country; see the website.',
      'Die Erreichbarkeit hängt vom Land ab; siehe Website.',
      "Les horaires dépendent du pays ; voir le site web.",
    ), languages: ['en'] },
  },
  {
    id: 'missing-children-hotline-greece', type: 'hotline', published: '2008-05-25',
    title: t('116 000 in Greece – The Smile of the Child', '116 000 in Griechenland – The Smile of the Child', '116 000 en Grèce – The Smile of the Child'),
    summary: t(
      'The Greek hotline for missing children, run by The Smile of the Child.',
      'Die griechische Hotline für vermisste Kinder, betrieben von The Smile of the Child.',
      'La ligne grecque pour les enfants disparus, gérée par The Smile of the Child.',
    ),
    topics: ['children-rights', 'victim-support'], languages: ['el', 'en'], countries: ['GR'],
    audience: ['public', 'children'], url: 'https://www.hamogelo.gr/',
    publisher: { type: 'member', memberId: 'smile-of-the-child' },
    hotline: { phone: '116 000', hours: SEE_WEBSITE, languages: ['el', 'en'] },
  },
  {
    id: 'child-helpline-116111', type: 'hotline', published: '2007-02-15',
    title: t('116 111 – Child helpline', '116 111 – Kinder- und Jugendtelefon', "116 111 – Ligne d'écoute pour enfants"),
    summary: t(
      'The harmonised European number for child helplines, available in most EU countries: children and young people can talk about anything that worries them.',
      'Die einheitliche europäische Nummer für Kinder- und Jugendtelefone, in den meisten EU-Ländern erreichbar: Kinder und Jugendliche können über alles sprechen, was sie bedrückt.',
      "Le numéro européen harmonisé des lignes d'écoute pour enfants, disponible dans la plupart des pays de l'UE : les jeunes peuvent parler de tout ce qui les inquiète.",
    ),
    topics: ['children-rights', 'victim-support', 'prevention'], languages: ['en'], countries: ['EU'],
    audience: ['children'], url: 'https://childhelplineinternational.org/',
    publisher: { type: 'member', memberId: 'child-helpline-international' },
    hotline: { phone: '116 111', hours: SEE_WEBSITE, languages: ['en'] },
  },
  {
    id: 'nummer-gegen-kummer-116111', type: 'hotline', published: '2010-01-01',
    title: t('116 111 in Germany – Nummer gegen Kummer', '116 111 – Nummer gegen Kummer, Kinder- und Jugendtelefon', '116 111 en Allemagne – Nummer gegen Kummer'),
    summary: t(
      'Free and anonymous helpline in Germany for children and young people.',
      'Kostenloses und anonymes Beratungstelefon in Deutschland für Kinder und Jugendliche.',
      "Ligne d'écoute gratuite et anonyme en Allemagne pour les enfants et les jeunes.",
    ),
    topics: ['children-rights', 'victim-support'], languages: ['de'], countries: ['DE'],
    audience: ['children'], url: 'https://www.nummergegenkummer.de/',
    publisher: { type: 'member', memberId: 'nummer-gegen-kummer' },
    hotline: { phone: '116 111', hours: SEE_WEBSITE, languages: ['de'] },
  },
  {
    id: 'fdds-116111', type: 'hotline', published: '2008-10-01',
    title: t('116 111 in Poland – helpline for children and young people', '116 111 in Polen – Telefon für Kinder und Jugendliche', '116 111 en Pologne – ligne pour enfants et jeunes'),
    summary: t(
      'Free helpline in Poland for children and young people, run by Fundacja Dajemy Dzieciom Siłę.',
      'Kostenloses Beratungstelefon in Polen für Kinder und Jugendliche, betrieben von Fundacja Dajemy Dzieciom Siłę.',
      "Ligne d'écoute gratuite en Pologne pour enfants et jeunes, gérée par Fundacja Dajemy Dzieciom Siłę.",
    ),
    topics: ['children-rights', 'victim-support'], languages: ['pl'], countries: ['PL'],
    audience: ['children'], url: 'https://fdds.pl/',
    publisher: { type: 'member', memberId: 'fundacja-dajemy-dzieciom-sile' },
    hotline: { phone: '116 111', hours: SEE_WEBSITE, languages: ['pl'] },
  },
  {
    id: 'france-victimes-116006', type: 'hotline', published: '2016-09-26',
    title: t('116 006 – Helpline for victims in France', '116 006 – Opfer-Hotline in Frankreich', "116 006 – Numéro d'aide aux victimes"),
    summary: t(
      'France Victimes listens to, informs and directs victims of any crime, including trafficking, to local victim support services.',
      'France Victimes hört Opfern jeder Straftat zu, auch von Menschenhandel, informiert sie und vermittelt sie an Opferhilfen vor Ort.',
      "France Victimes écoute, informe et oriente les victimes de toute infraction, y compris la traite, vers l'aide aux victimes près de chez elles.",
    ),
    topics: ['victim-support', 'compensation'], languages: ['fr'], countries: ['FR'],
    audience: ['victims', 'public'], url: 'https://www.france-victimes.fr/',
    publisher: { type: 'member', memberId: 'france-victimes' },
    hotline: { phone: '116 006', hours: SEE_WEBSITE, languages: ['fr'] },
  },
];
