/** Invented research and monitoring reports. */
import { demoResource } from './demo-resource.ts';
import { t } from './draft.ts';

/** Demo reports. */
export const RESOURCES_REPORTS = [
  demoResource({
    id: 'seasonal-work-exploitation-report', type: 'report', by: 'zmajski-most', published: '2025-10-06',
    topics: ['labour-exploitation', 'research', 'migrant-rights'], audience: ['policy-makers', 'practitioners'], countries: ['SI', 'HR', 'AT'], languages: ['en', 'sl'],
    title: t('Exploitation in seasonal agricultural work', 'Ausbeutung in der saisonalen Landwirtschaft', "L'exploitation dans le travail agricole saisonnier"),
    summary: t(
      'Interviews with 120 seasonal workers on wages, housing and recruitment fees, with recommendations for labour inspectors.',
      'Interviews mit 120 Saisonarbeitskräften zu Lohn, Unterkunft und Vermittlungsgebühren, mit Empfehlungen für die Arbeitsinspektion.',
      "Entretiens avec 120 travailleurs saisonniers sur les salaires, le logement et les frais de recrutement, avec des recommandations pour l'inspection du travail.",
    ),
  }),
  demoResource({
    id: 'online-recruitment-of-victims', type: 'report', by: 'auenwald-leipzig', published: '2026-02-16',
    topics: ['online-exploitation', 'research', 'children-rights'], audience: ['policy-makers', 'practitioners'], countries: ['EU'], languages: ['en', 'de'],
    title: t('How traffickers recruit online', 'Wie Menschenhändler im Internet anwerben', 'Comment les trafiquants recrutent en ligne'),
    summary: t(
      'Social media, fake job ads and messaging apps: patterns from 300 cases and what platforms could do.',
      'Soziale Medien, gefälschte Stellenanzeigen und Messenger: Muster aus 300 Fällen und was Plattformen tun könnten.',
      "Réseaux sociaux, fausses offres d'emploi et messageries : tendances tirées de 300 cas et ce que les plateformes pourraient faire.",
    ),
  }),
  demoResource({
    id: 'compensation-for-victims-study', type: 'report', by: 'reseau-confluence-lyon', published: '2025-04-22',
    topics: ['compensation', 'prosecution', 'research'], audience: ['policy-makers', 'practitioners'], countries: ['FR', 'BE', 'LU'], languages: ['fr', 'en'],
    title: t('Do victims get compensated? A study of court cases', 'Werden Betroffene entschädigt? Eine Studie zu Gerichtsverfahren', "Les victimes sont-elles indemnisées ? Une étude de décisions de justice"),
    summary: t(
      'Only a fraction of awarded compensation is ever paid; the study shows why and how state funds could close the gap.',
      'Nur ein Bruchteil der zugesprochenen Entschädigung wird je gezahlt; die Studie zeigt warum und wie staatliche Fonds die Lücke schließen könnten.',
      "Seule une fraction des indemnités accordées est versée ; l'étude explique pourquoi et comment des fonds publics pourraient combler l'écart.",
    ),
  }),
  demoResource({
    id: 'criminal-exploitation-of-young-people', type: 'report', by: 'vastkust-stodcenter', published: '2025-12-01',
    topics: ['forced-criminal-activities', 'children-rights', 'research'], audience: ['policy-makers', 'practitioners'], countries: ['SE'], languages: ['sv', 'en'],
    title: t('Forced into crime: young people and gangs', 'Zu Straftaten gezwungen: Jugendliche und Banden', 'Contraints au crime : les jeunes et les gangs'),
    summary: t(
      'Why young people exploited for drug dealing are often treated as offenders rather than victims, and what non-punishment means.',
      'Warum für Drogenhandel ausgebeutete Jugendliche oft als Täter statt als Opfer behandelt werden und was das Nichtbestrafungsprinzip bedeutet.',
      "Pourquoi les jeunes exploités pour le trafic de drogue sont souvent traités en délinquants plutôt qu'en victimes, et ce que signifie la non-sanction.",
    ),
  }),
  demoResource({
    id: 'surrogacy-exploitation-briefing', type: 'report', by: 'two-shores-cyprus', published: '2025-07-14',
    topics: ['surrogacy-exploitation', 'illegal-adoption', 'policy'], audience: ['policy-makers'], countries: ['CY', 'GR'], languages: ['en', 'el'],
    title: t('Exploitation of surrogacy: a policy briefing', 'Ausbeutung der Leihmutterschaft: ein Politikpapier', "L'exploitation de la gestation pour autrui : une note politique"),
    summary: t(
      'What the 2024 amendment of the anti-trafficking directive means for surrogacy and adoption cases.',
      'Was die Änderung der Richtlinie gegen Menschenhandel von 2024 für Fälle von Leihmutterschaft und Adoption bedeutet.',
      "Ce que la modification de 2024 de la directive contre la traite signifie pour les cas de gestation pour autrui et d'adoption.",
    ),
  }),
  demoResource({
    id: 'shelter-capacity-baltic-states', type: 'report', by: 'daugava-support-centre', published: '2024-06-17',
    topics: ['victim-support', 'research'], audience: ['policy-makers'], countries: ['LV', 'LT', 'EE'], languages: ['en', 'lv'],
    title: t('Shelter places for victims in the Baltic states', 'Schutzplätze für Betroffene in den baltischen Staaten', 'Places d’hébergement pour les victimes dans les pays baltes'),
    summary: t(
      'A mapping of specialised shelter places, waiting times and gaps for men and for children.',
      'Eine Bestandsaufnahme spezialisierter Schutzplätze, Wartezeiten und Lücken bei Angeboten für Männer und Kinder.',
      "Un état des lieux des places d'hébergement spécialisées, des délais d'attente et des manques pour les hommes et les enfants.",
    ),
  }),
  demoResource({
    id: 'children-leaving-care-risks', type: 'report', by: 'duna-hidak', published: '2023-03-20',
    topics: ['children-rights', 'prevention', 'research'], audience: ['policy-makers', 'practitioners'], countries: ['HU'], languages: ['hu', 'en'],
    title: t('Leaving care, falling prey: risks for young people', 'Aus der Heimerziehung in die Ausbeutung: Risiken für junge Menschen', 'Sortir de placement, tomber dans les griffes des trafiquants'),
    summary: t(
      'Young people leaving state care are targeted by traffickers; the report follows 40 of them for two years.',
      'Junge Menschen, die staatliche Betreuung verlassen, geraten ins Visier von Menschenhändlern; der Bericht begleitet 40 von ihnen zwei Jahre lang.',
      "Les jeunes qui quittent l'aide sociale à l'enfance sont ciblés par les trafiquants ; le rapport en a suivi 40 pendant deux ans.",
    ),
  }),
  demoResource({
    id: 'sea-arrivals-screening-report', type: 'report', by: 'grand-harbour-aid', published: '2026-03-30',
    topics: ['identification', 'migrant-rights', 'organ-removal'], audience: ['practitioners', 'policy-makers'], countries: ['MT', 'IT'], languages: ['en', 'it'],
    title: t('Screening sea arrivals for trafficking', 'Menschenhandel bei Ankünften über das Meer erkennen', 'Détecter la traite parmi les arrivées par la mer'),
    summary: t(
      'Lessons from screening rescued people in ports, including rare cases linked to organ removal.',
      'Erfahrungen aus Gesprächen mit geretteten Menschen in Häfen, darunter seltene Fälle im Zusammenhang mit Organentnahme.',
      "Enseignements du repérage des personnes secourues dans les ports, y compris de rares cas liés au prélèvement d'organes.",
    ),
  }),
  demoResource({
    id: 'annual-report-elbbruecke', type: 'report', by: 'elbbruecke-hamburg', published: '2026-04-20',
    topics: ['labour-exploitation', 'victim-support'], audience: ['public'], countries: ['DE'], languages: ['de'],
    title: t('Annual report: counselling in the port of Hamburg', 'Jahresbericht: Beratung im Hamburger Hafen', 'Rapport annuel : le conseil dans le port de Hambourg'),
    summary: t(
      'Cases, trends and the sectors where people sought help last year.',
      'Fälle, Entwicklungen und die Branchen, aus denen im letzten Jahr Menschen Hilfe suchten.',
      "Cas, tendances et secteurs dans lesquels des personnes ont demandé de l'aide l'an dernier.",
    ),
  }),
];
