/** Invented practical guides for victims, practitioners and the public. */
import { demoResource } from './demo-resource.ts';
import { t } from './draft.ts';

/** Demo guides. */
export const RESOURCES_GUIDES = [
  demoResource({
    id: 'signs-of-labour-exploitation-pocket-guide', type: 'guide', by: 'isarnetz-muenchen', published: '2025-03-10',
    topics: ['labour-exploitation', 'identification'], audience: ['practitioners', 'public'], countries: ['DE', 'AT'], languages: ['de', 'en'],
    title: t('Recognising labour exploitation: a pocket guide', 'Arbeitsausbeutung erkennen: ein Leitfaden für die Kitteltasche', "Reconnaître l'exploitation par le travail : un guide de poche"),
    summary: t(
      'Ten indicators of forced labour, from withheld passports to debts that never shrink, and what to do when you notice them.',
      'Zehn Anzeichen von Zwangsarbeit, von einbehaltenen Pässen bis zu Schulden, die nie kleiner werden, und was zu tun ist.',
      "Dix indicateurs de travail forcé, des passeports confisqués aux dettes qui ne diminuent jamais, et que faire si vous les remarquez.",
    ),
  }),
  demoResource({
    id: 'your-rights-as-a-victim', type: 'guide', by: 'reseau-confluence-lyon', published: '2024-11-04',
    topics: ['victim-support', 'compensation'], audience: ['victims'], countries: ['FR'], languages: ['fr', 'en', 'ar'],
    title: t('Your rights as a victim of trafficking in France', 'Ihre Rechte als Betroffene von Menschenhandel in Frankreich', 'Vos droits en tant que victime de la traite en France'),
    summary: t(
      'Plain-language explanation of protection, shelter, residence permits and compensation for victims.',
      'Verständliche Erklärung zu Schutz, Unterkunft, Aufenthaltstitel und Entschädigung für Opfer.',
      "Explication en langage clair de la protection, de l'hébergement, du titre de séjour et de l'indemnisation des victimes.",
    ),
  }),
  demoResource({
    id: 'safe-job-abroad-checklist', type: 'guide', by: 'baltic-lighthouse', published: '2025-06-02',
    topics: ['prevention', 'labour-exploitation'], audience: ['public'], countries: ['EU'], languages: ['en', 'et', 'ru'],
    title: t('Working abroad safely: a checklist before you go', 'Sicher im Ausland arbeiten: eine Checkliste vor der Abreise', "Travailler à l'étranger en sécurité : la liste à vérifier avant de partir"),
    summary: t(
      'Questions to ask a recruiter, documents to keep and numbers to call if a job offer turns out to be a trap.',
      'Fragen an Vermittler, Dokumente, die man behalten sollte, und Nummern für den Fall, dass ein Jobangebot eine Falle ist.',
      "Les questions à poser au recruteur, les documents à garder et les numéros à appeler si l'offre d'emploi est un piège.",
    ),
  }),
  demoResource({
    id: 'child-trafficking-guide-for-teachers', type: 'guide', by: 'auenwald-leipzig', published: '2025-09-15',
    topics: ['children-rights', 'identification', 'online-exploitation'], audience: ['practitioners'], countries: ['DE'], languages: ['de'],
    title: t('Child trafficking: a guide for teachers and youth workers', 'Kinderhandel: ein Leitfaden für Lehrkräfte und Jugendarbeit', 'La traite des enfants : un guide pour enseignants et animateurs'),
    summary: t(
      'How grooming, "lover boy" methods and online exploitation work, and how schools can respond.',
      'Wie Grooming, die Loverboy-Methode und Ausbeutung im Internet funktionieren und wie Schulen reagieren können.',
      "Comment fonctionnent le pédopiégeage, la méthode du « lover boy » et l'exploitation en ligne, et comment l'école peut réagir.",
    ),
  }),
  demoResource({
    id: 'domestic-workers-rights-luxembourg', type: 'guide', by: 'kirchberg-migrant-counsel', published: '2024-02-19',
    topics: ['labour-exploitation', 'migrant-rights'], audience: ['victims', 'public'], countries: ['LU'], languages: ['fr', 'de', 'en', 'pt'],
    title: t('Domestic workers and au pairs: know your rights', 'Hausangestellte und Au-pairs: Kennen Sie Ihre Rechte', 'Travailleurs domestiques et au pair : connaissez vos droits'),
    summary: t(
      'Working hours, pay, days off and where to turn if your employer keeps your passport.',
      'Arbeitszeit, Lohn, freie Tage und an wen Sie sich wenden können, wenn der Arbeitgeber Ihren Pass einbehält.',
      "Horaires, salaire, jours de repos et à qui s'adresser si votre employeur garde votre passeport.",
    ),
  }),
  demoResource({
    id: 'first-contact-with-a-possible-victim', type: 'guide', by: 'elbbruecke-hamburg', published: '2023-05-08',
    topics: ['identification', 'victim-support'], audience: ['practitioners'], countries: ['EU'], languages: ['en', 'de', 'fr'],
    title: t('First contact with a possible victim: dos and don’ts', 'Erstkontakt mit möglichen Betroffenen: was tun, was lassen', 'Premier contact avec une victime potentielle : à faire et à éviter'),
    summary: t(
      'Trauma-informed conversation tips, interpreting, and referring people to specialised support services.',
      'Traumasensible Gesprächsführung, Dolmetschen und Vermittlung an spezialisierte Beratungsstellen.',
      "Conseils d'entretien tenant compte du traumatisme, interprétariat et orientation vers des services spécialisés.",
    ),
  }),
  demoResource({
    id: 'forced-marriage-help-guide', type: 'guide', by: 'sava-safe-haven', published: '2025-01-27',
    topics: ['forced-marriage', 'victim-support'], audience: ['victims', 'children'], countries: ['HR', 'SI'], languages: ['hr', 'sl', 'en'],
    title: t('Facing a forced marriage? Where to get help', 'Droht eine Zwangsheirat? Hier gibt es Hilfe', 'Menacée de mariage forcé ? Où trouver de l’aide'),
    summary: t(
      'For young people under pressure to marry: warning signs, safe contacts and how shelters work.',
      'Für junge Menschen, die zur Heirat gedrängt werden: Warnzeichen, sichere Kontakte und wie Schutzunterkünfte arbeiten.',
      "Pour les jeunes poussés au mariage : signaux d'alerte, contacts sûrs et fonctionnement des foyers.",
    ),
  }),
  demoResource({
    id: 'reporting-suspected-trafficking', type: 'guide', by: 'nyhavn-outreach', published: '2024-09-30',
    topics: ['identification', 'prosecution'], audience: ['public'], countries: ['DK', 'SE'], languages: ['da', 'sv', 'en'],
    title: t('How to report suspected trafficking', 'Wie man einen Verdacht auf Menschenhandel meldet', 'Comment signaler une suspicion de traite'),
    summary: t(
      'What information helps the police, how to stay safe yourself and when to call 112 instead.',
      'Welche Angaben der Polizei helfen, wie man sich selbst schützt und wann man besser die 112 wählt.',
      "Quelles informations aident la police, comment rester soi-même en sécurité et quand appeler plutôt le 112.",
    ),
  }),
  demoResource({
    id: 'forced-begging-guide-for-municipalities', type: 'guide', by: 'danubia-outreach', published: '2023-10-23',
    topics: ['forced-begging', 'children-rights', 'prevention'], audience: ['policy-makers', 'practitioners'], countries: ['SK', 'HU', 'AT'], languages: ['en', 'sk', 'de'],
    title: t('Forced begging: a guide for municipalities', 'Zwangsbettelei: ein Leitfaden für Kommunen', 'La mendicité forcée : un guide pour les communes'),
    summary: t(
      'Telling poverty from exploitation, protecting children and working with Roma community mediators.',
      'Armut von Ausbeutung unterscheiden, Kinder schützen und mit Roma-Gemeindemediatoren zusammenarbeiten.',
      "Distinguer pauvreté et exploitation, protéger les enfants et travailler avec des médiateurs des communautés roms.",
    ),
  }),
  demoResource({
    id: 'interpreters-in-trafficking-cases', type: 'guide', by: 'grand-harbour-aid', published: '2022-12-05',
    topics: ['victim-support', 'prosecution'], audience: ['practitioners'], countries: ['MT'], languages: ['en'],
    title: { en: 'Working with interpreters in trafficking cases' },
    summary: { en: 'Choosing, briefing and protecting interpreters so that victims can speak freely.' },
  }),
  demoResource({
    id: 'guide-for-landlords-and-neighbours', type: 'guide', by: 'elbbruecke-hamburg', published: '2026-05-04',
    topics: ['identification', 'prevention'], audience: ['public'], countries: ['DE'], languages: ['de', 'en', 'pl', 'ro'],
    title: t('Overcrowded flats, hidden workers: a guide for neighbours', 'Überbelegte Wohnungen, versteckte Arbeitskräfte: ein Leitfaden für Nachbarn', 'Logements surpeuplés, travailleurs cachés : un guide pour les voisins'),
    summary: t(
      'When housing is a sign of exploitation, and how neighbours and landlords can help without causing harm.',
      'Wann Wohnverhältnisse auf Ausbeutung hindeuten und wie Nachbarn und Vermieter helfen können, ohne zu schaden.',
      "Quand le logement trahit l'exploitation, et comment voisins et propriétaires peuvent aider sans nuire.",
    ),
  }),
  demoResource({
    id: 'men-as-victims-guide', type: 'guide', by: 'vastkust-stodcenter', published: '2024-05-27',
    topics: ['victim-support', 'identification', 'labour-exploitation'], audience: ['practitioners'], countries: ['EU'], languages: ['en', 'sv', 'de', 'fr'],
    title: t('Men are victims too: supporting male survivors', 'Auch Männer sind Betroffene: Unterstützung für Überlebende', 'Les hommes aussi sont victimes : accompagner les survivants'),
    summary: t(
      'Why men rarely identify as victims of trafficking, and how services can reach and house them.',
      'Warum Männer sich selten als Opfer von Menschenhandel sehen und wie Hilfsangebote sie erreichen und unterbringen können.',
      "Pourquoi les hommes se reconnaissent rarement comme victimes de la traite, et comment les services peuvent les atteindre et les héberger.",
    ),
  }),
];
