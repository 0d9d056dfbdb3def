/**
 * Real EU law and policy documents, published by the Commission. Links are EUR-Lex ELI or
 * CELEX addresses; dates are the dates of the acts.
 */
import { EU_LANGUAGES } from '@thb/schema';
import { t, type ResourceDraft } from './draft.ts';

// EUR-Lex publishes acts in every official language; Irish only for acts since 2022 in full.
const ALL_BUT_IRISH = EU_LANGUAGES.filter((language) => language !== 'ga');

/** Shared fields of the Commission's legal texts. */
const law: Pick<ResourceDraft, 'type' | 'languages' | 'countries' | 'publisher'> = {
  type: 'legislation', languages: ALL_BUT_IRISH, countries: ['EU'], publisher: { type: 'commission' },
};

/** EU legislation and strategy against trafficking. */
export const RESOURCES_EU: ResourceDraft[] = [
  {
    ...law, id: 'directive-2011-36-eu', published: '2011-04-05',
    title: t(
      'Directive 2011/36/EU on preventing and combating trafficking in human beings and protecting its victims',
      'Richtlinie 2011/36/EU zur Verhütung und Bekämpfung des Menschenhandels und zum Schutz seiner Opfer',
      'Directive 2011/36/UE concernant la prévention de la traite des êtres humains et la lutte contre ce phénomène ainsi que la protection des victimes',
    ),
    summary: t(
      'The EU anti-trafficking directive: common definitions and penalties, and assistance, support and protection for victims.',
      'Die EU-Richtlinie gegen Menschenhandel: gemeinsame Definitionen und Strafen sowie Unterstützung und Schutz für Opfer.',
      "La directive européenne contre la traite : définitions et sanctions communes, assistance et protection des victimes.",
    ),
    topics: ['policy', 'prosecution', 'victim-support'], audience: ['practitioners', 'policy-makers'],
    url: 'https://eur-lex.europa.eu/eli/dir/2011/36/oj',
  },
  {
    ...law, id: 'directive-2024-1712', published: '2024-06-13', languages: [...EU_LANGUAGES],
    title: t(
      'Directive (EU) 2024/1712 amending Directive 2011/36/EU on trafficking in human beings',
      'Richtlinie (EU) 2024/1712 zur Änderung der Richtlinie 2011/36/EU über Menschenhandel',
      'Directive (UE) 2024/1712 modifiant la directive 2011/36/UE concernant la traite des êtres humains',
    ),
    summary: t(
      'Adds forced marriage, illegal adoption and exploitation of surrogacy to the forms of exploitation, and covers offences committed online.',
      'Nimmt Zwangsheirat, illegale Adoption und Ausbeutung der Leihmutterschaft in die Ausbeutungsformen auf und erfasst online begangene Taten.',
      "Ajoute le mariage forcé, l'adoption illégale et l'exploitation de la gestation pour autrui aux formes d'exploitation, et couvre les infractions commises en ligne.",
    ),
    topics: ['policy', 'forced-marriage', 'illegal-adoption', 'surrogacy-exploitation', 'online-exploitation'],
    audience: ['practitioners', 'policy-makers'],
    url: 'https://eur-lex.europa.eu/eli/dir/2024/1712/oj',
  },
  {
    ...law, id: 'victims-rights-directive', published: '2012-10-25',
    title: t(
      "Directive 2012/29/EU on the rights, support and protection of victims of crime (Victims' Rights Directive)",
      'Richtlinie 2012/29/EU über Rechte, Unterstützung und Schutz von Opfern von Straftaten (Opferschutzrichtlinie)',
      'Directive 2012/29/UE établissant des normes minimales concernant les droits, le soutien et la protection des victimes de la criminalité',
    ),
    summary: t(
      'Minimum rights for every victim of crime in the EU: information, support, protection and participation in proceedings.',
      'Mindestrechte für alle Opfer von Straftaten in der EU: Information, Unterstützung, Schutz und Beteiligung am Verfahren.',
      'Des droits minimaux pour toute victime de la criminalité dans l’UE : information, soutien, protection et participation à la procédure.',
    ),
    topics: ['victim-support', 'policy', 'compensation'], audience: ['victims', 'practitioners', 'policy-makers'],
    url: 'https://eur-lex.europa.eu/eli/dir/2012/29/oj',
  },
  {
    ...law, id: 'directive-2011-93-eu', published: '2011-12-13',
    title: t(
      'Directive 2011/93/EU on combating the sexual abuse and sexual exploitation of children and child pornography',
      'Richtlinie 2011/93/EU zur Bekämpfung des sexuellen Missbrauchs und der sexuellen Ausbeutung von Kindern sowie der Kinderpornografie',
      "Directive 2011/93/UE relative à la lutte contre les abus sexuels et l'exploitation sexuelle des enfants, ainsi que la pédopornographie",
    ),
    summary: t(
      'Common rules on offences, prevention and protection of child victims of sexual abuse and exploitation, including online.',
      'Gemeinsame Regeln zu Straftaten, Prävention und Schutz kindlicher Opfer von sexuellem Missbrauch und Ausbeutung, auch online.',
      "Règles communes sur les infractions, la prévention et la protection des enfants victimes d'abus et d'exploitation sexuels, y compris en ligne.",
    ),
    topics: ['children-rights', 'sexual-exploitation', 'online-exploitation', 'policy'],
    audience: ['practitioners', 'policy-makers'],
    url: 'https://eur-lex.europa.eu/eli/dir/2011/93/oj',
  },
  {
    ...law, id: 'employer-sanctions-directive', published: '2009-06-18',
    title: t(
      'Directive 2009/52/EC on sanctions against employers of illegally staying third-country nationals',
      'Richtlinie 2009/52/EG über Sanktionen gegen Arbeitgeber, die Drittstaatsangehörige ohne rechtmäßigen Aufenthalt beschäftigen',
      "Directive 2009/52/CE prévoyant des sanctions à l'encontre des employeurs de ressortissants de pays tiers en séjour irrégulier",
    ),
    summary: t(
      'Sanctions for employers, back pay for exploited workers and ways for them to lodge complaints.',
      'Sanktionen für Arbeitgeber, Nachzahlung des Lohns an ausgebeutete Arbeitskräfte und Beschwerdewege für sie.',
      'Sanctions contre les employeurs, rappels de salaire pour les travailleurs exploités et voies de recours pour eux.',
    ),
    topics: ['labour-exploitation', 'migrant-rights', 'compensation', 'policy'], audience: ['practitioners', 'policy-makers'],
    url: 'https://eur-lex.europa.eu/eli/dir/2009/52/oj',
  },
  {
    ...law, id: 'residence-permit-directive', published: '2004-04-29',
    title: t(
      'Directive 2004/81/EC on residence permits for victims of trafficking in human beings',
      'Richtlinie 2004/81/EG über Aufenthaltstitel für Opfer des Menschenhandels',
      'Directive 2004/81/CE relative au titre de séjour délivré aux victimes de la traite des êtres humains',
    ),
    summary: t(
      'A reflection period and residence permits for third-country nationals who are victims of trafficking and cooperate with the authorities.',
      'Bedenkzeit und Aufenthaltstitel für Drittstaatsangehörige, die Opfer von Menschenhandel sind und mit den Behörden kooperieren.',
      "Délai de réflexion et titre de séjour pour les ressortissants de pays tiers victimes de la traite qui coopèrent avec les autorités.",
    ),
    topics: ['migrant-rights', 'victim-support', 'policy'], audience: ['victims', 'practitioners'],
    url: 'https://eur-lex.europa.eu/eli/dir/2004/81/oj',
  },
  {
    ...law, id: 'eu-strategy-thb-2021-2025', published: '2021-04-14',
    title: t(
      'EU Strategy on Combatting Trafficking in Human Beings 2021–2025',
      'EU-Strategie zur Bekämpfung des Menschenhandels 2021–2025',
      "Stratégie de l'UE visant à lutter contre la traite des êtres humains 2021-2025",
    ),
    summary: t(
      'The Commission communication COM(2021) 171, a policy strategy rather than a law: prevention, prosecution and protection of victims.',
      'Die Mitteilung COM(2021) 171 der Kommission, eine politische Strategie und kein Gesetz: Prävention, Strafverfolgung und Opferschutz.',
      "La communication COM(2021) 171 de la Commission, une stratégie politique et non une loi : prévention, poursuites et protection des victimes.",
    ),
    topics: ['policy', 'prevention', 'prosecution', 'victim-support'], audience: ['policy-makers', 'practitioners', 'public'],
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021DC0171',
  },
  {
    id: 'migration-home-affairs-website', type: 'website', published: '2020-01-01',
    languages: ['en', 'de', 'fr'], countries: ['EU'], publisher: { type: 'commission' },
    title: t(
      'Migration and Home Affairs: the European Commission on trafficking in human beings',
      'Migration und Inneres: die Europäische Kommission zum Thema Menschenhandel',
      'Migration et affaires intérieures : la Commission européenne et la traite des êtres humains',
    ),
    summary: t(
      "The Commission's website on home affairs, with EU anti-trafficking policy, reports and news.",
      'Die Website der Kommission zu Inneres mit der EU-Politik gegen Menschenhandel, Berichten und Neuigkeiten.',
      'Le site de la Commission sur les affaires intérieures : politique européenne contre la traite, rapports et actualités.',
    ),
    topics: ['policy', 'research'], audience: ['public', 'policy-makers', 'practitioners'],
    url: 'https://home-affairs.ec.europa.eu/',
  },
];
