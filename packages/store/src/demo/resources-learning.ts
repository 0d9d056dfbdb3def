/** Invented trainings and videos. */
import { demoResource } from './demo-resource.ts';
import { t } from './draft.ts';

/** Demo trainings and videos. */
export const RESOURCES_LEARNING = [
  demoResource({
    id: 'e-learning-identification-basics', type: 'training', by: 'elbbruecke-hamburg', published: '2025-11-03',
    topics: ['identification', 'labour-exploitation', 'sexual-exploitation'], audience: ['practitioners'], countries: ['EU'], languages: ['en', 'de', 'fr'],
    title: t('E-learning: identifying victims of trafficking', 'E-Learning: Betroffene von Menschenhandel erkennen', 'Formation en ligne : identifier les victimes de la traite'),
    summary: t(
      'Four self-paced modules with case studies for social workers, police and labour inspectors.',
      'Vier Selbstlernmodule mit Fallbeispielen für Sozialarbeit, Polizei und Arbeitsinspektion.',
      "Quatre modules en autonomie avec études de cas pour travailleurs sociaux, policiers et inspecteurs du travail.",
    ),
  }),
  demoResource({
    id: 'training-child-protection-officers', type: 'training', by: 'duna-hidak', published: '2024-10-14',
    topics: ['children-rights', 'identification', 'victim-support'], audience: ['practitioners'], countries: ['HU', 'SK'], languages: ['hu', 'sk', 'en'],
    title: t('Training for child protection officers', 'Schulung für Fachkräfte im Kinderschutz', 'Formation pour les professionnels de la protection de l’enfance'),
    summary: t(
      'A two-day curriculum on child trafficking, guardianship and safe accommodation.',
      'Ein zweitägiges Curriculum zu Kinderhandel, Vormundschaft und sicherer Unterbringung.',
      "Un programme de deux jours sur la traite des enfants, la tutelle et l'hébergement sécurisé.",
    ),
  }),
  demoResource({
    id: 'training-judges-non-punishment', type: 'training', by: 'vastkust-stodcenter', published: '2026-03-09',
    topics: ['prosecution', 'forced-criminal-activities', 'victim-support'], audience: ['practitioners', 'policy-makers'], countries: ['SE', 'DK'], languages: ['en', 'sv'],
    title: t('The non-punishment principle: a course for prosecutors and judges', 'Das Nichtbestrafungsprinzip: ein Kurs für Staatsanwaltschaft und Gerichte', 'Le principe de non-sanction : un cours pour procureurs et juges'),
    summary: t(
      'When victims of trafficking must not be punished for crimes they were forced to commit.',
      'Wann Betroffene von Menschenhandel für Straftaten, zu denen sie gezwungen wurden, nicht bestraft werden dürfen.',
      "Quand les victimes de la traite ne doivent pas être punies pour les infractions qu'elles ont été contraintes de commettre.",
    ),
  }),
  demoResource({
    id: 'cultural-mediators-course', type: 'training', by: 'rete-approdo-sicilia', published: '2025-03-24',
    topics: ['identification', 'migrant-rights', 'victim-support'], audience: ['practitioners'], countries: ['IT'], languages: ['it', 'en', 'fr'],
    title: t('Course for cultural mediators in reception centres', 'Kurs für Kulturmittler in Aufnahmeeinrichtungen', "Cours pour médiateurs culturels en centres d'accueil"),
    summary: t(
      'Recognising debt bondage and sexual exploitation among newly arrived women and men.',
      'Schuldknechtschaft und sexuelle Ausbeutung bei neu angekommenen Frauen und Männern erkennen.',
      "Reconnaître la servitude pour dettes et l'exploitation sexuelle chez les femmes et les hommes nouvellement arrivés.",
    ),
  }),
  demoResource({
    id: 'webinar-series-forced-marriage', type: 'training', by: 'daugava-support-centre', published: '2024-12-09',
    topics: ['forced-marriage', 'identification'], audience: ['practitioners'], countries: ['EU'], languages: ['en'],
    title: t('Webinar series: sham and forced marriages', 'Webinarreihe: Schein- und Zwangsehen', 'Série de webinaires : mariages blancs et forcés'),
    summary: t(
      'Recorded sessions on how traffickers use marriage and how registry offices can spot it.',
      'Aufgezeichnete Sitzungen dazu, wie Menschenhändler Ehen nutzen und wie Standesämter das erkennen können.',
      "Sessions enregistrées sur l'usage du mariage par les trafiquants et la manière dont l'état civil peut le repérer.",
    ),
  }),
  demoResource({
    id: 'outreach-workers-training', type: 'training', by: 'nyhavn-outreach', published: '2023-06-12',
    topics: ['sexual-exploitation', 'victim-support'], audience: ['practitioners'], countries: ['DK'], languages: ['da', 'en'],
    title: t('Street outreach: a training for new staff', 'Aufsuchende Arbeit: eine Schulung für neue Mitarbeitende', 'Travail de rue : une formation pour les nouveaux intervenants'),
    summary: t(
      'Building trust, safety planning and knowing when to refer to the police or health services.',
      'Vertrauen aufbauen, Sicherheitsplanung und wissen, wann an Polizei oder Gesundheitsdienste verwiesen wird.',
      "Créer la confiance, planifier la sécurité et savoir quand orienter vers la police ou les services de santé.",
    ),
  }),
  demoResource({
    id: 'video-what-is-trafficking', type: 'video', by: 'auenwald-leipzig', published: '2025-10-20',
    topics: ['prevention', 'children-rights'], audience: ['children', 'public'], countries: ['EU'], languages: ['de', 'en', 'fr'],
    title: t('What is human trafficking? Explained in three minutes', 'Was ist Menschenhandel? In drei Minuten erklärt', "Qu'est-ce que la traite des êtres humains ? Expliqué en trois minutes"),
    summary: t(
      'An animated film for young people about recruitment, control and where to find help.',
      'Ein Animationsfilm für junge Menschen über Anwerbung, Kontrolle und wo man Hilfe findet.',
      "Un film d'animation pour les jeunes sur le recrutement, l'emprise et où trouver de l'aide.",
    ),
  }),
  demoResource({
    id: 'video-survivor-stories', type: 'video', by: 'sava-safe-haven', published: '2024-07-22',
    topics: ['victim-support', 'women-rights', 'sexual-exploitation'], audience: ['public'], countries: ['HR'], languages: ['hr', 'en'],
    title: t('Survivors speak: three stories of leaving exploitation', 'Überlebende erzählen: drei Wege aus der Ausbeutung', 'Des survivantes témoignent : trois parcours de sortie de l’exploitation'),
    summary: t(
      'Three women, filmed anonymously, talk about what helped them leave and rebuild their lives.',
      'Drei Frauen erzählen anonym, was ihnen geholfen hat, auszusteigen und ein neues Leben aufzubauen.',
      "Trois femmes, filmées anonymement, racontent ce qui les a aidées à s'en sortir et à se reconstruire.",
    ),
  }),
  demoResource({
    id: 'video-labour-rights-agriculture', type: 'video', by: 'rete-approdo-sicilia', published: '2025-06-30',
    topics: ['labour-exploitation', 'migrant-rights'], audience: ['victims', 'public'], countries: ['IT'], languages: ['it', 'en', 'fr', 'ar'],
    title: t('Your rights in farm work', 'Ihre Rechte in der Landwirtschaft', 'Vos droits dans le travail agricole'),
    summary: t(
      'A short film in four languages on pay, contracts and who to call when a boss takes your documents.',
      'Ein Kurzfilm in vier Sprachen über Lohn, Verträge und wen man anruft, wenn der Chef die Papiere wegnimmt.',
      "Un court métrage en quatre langues sur le salaire, les contrats et qui appeler quand le patron prend vos papiers.",
    ),
  }),
  demoResource({
    id: 'video-signs-in-hotels', type: 'video', by: 'kirchberg-migrant-counsel', published: '2023-11-27',
    topics: ['identification', 'sexual-exploitation', 'labour-exploitation'], audience: ['public', 'practitioners'], countries: ['LU', 'BE'], languages: ['fr', 'de', 'en'],
    title: t('Signs of trafficking in hotels and restaurants', 'Anzeichen von Menschenhandel in Hotels und Restaurants', "Signes de traite dans l'hôtellerie et la restauration"),
    summary: t(
      'Training video for hospitality staff: what to watch for and how to report safely.',
      'Schulungsvideo für Hotel- und Gastronomiepersonal: worauf man achten sollte und wie man sicher meldet.',
      "Vidéo de formation pour le personnel de l'hôtellerie : à quoi faire attention et comment signaler en sécurité.",
    ),
  }),
  demoResource({
    id: 'video-rescue-at-sea-screening', type: 'video', by: 'grand-harbour-aid', published: '2026-06-08',
    topics: ['identification', 'migrant-rights'], audience: ['practitioners'], countries: ['MT'], languages: ['en'],
    title: { en: 'Screening for trafficking after rescue at sea' },
    summary: { en: 'How port teams talk to people in the first hours after disembarkation.' },
  }),
];
