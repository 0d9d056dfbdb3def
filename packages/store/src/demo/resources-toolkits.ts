/** Invented toolkits: checklists, templates and materials for daily work. */
import { demoResource } from './demo-resource.ts';
import { t } from './draft.ts';

/** Demo toolkits. */
export const RESOURCES_TOOLKITS = [
  demoResource({
    id: 'identification-toolkit-health-workers', type: 'toolkit', by: 'isarnetz-muenchen', published: '2025-05-26',
    topics: ['identification', 'victim-support'], audience: ['practitioners'], countries: ['EU'], languages: ['en', 'de', 'fr'],
    title: t('Identification toolkit for health workers', 'Toolkit zur Identifizierung für Gesundheitsberufe', "Boîte à outils d'identification pour les soignants"),
    summary: t(
      'Indicator cards, a referral flowchart and interview prompts for emergency rooms and general practice.',
      'Indikatorkarten, ein Verweisungsschema und Gesprächshilfen für Notaufnahmen und Hausarztpraxen.',
      "Fiches d'indicateurs, logigramme d'orientation et questions d'entretien pour les urgences et la médecine générale.",
    ),
  }),
  demoResource({
    id: 'school-prevention-toolkit', type: 'toolkit', by: 'neris-youth-shelter', published: '2024-08-26',
    topics: ['prevention', 'children-rights', 'online-exploitation'], audience: ['children', 'practitioners'], countries: ['LT'], languages: ['lt', 'en'],
    title: t('Stay safe online: a prevention kit for schools', 'Sicher im Netz: ein Präventionspaket für Schulen', 'En sécurité en ligne : un kit de prévention pour les écoles'),
    summary: t(
      'Lesson plans, role plays and posters that help teenagers spot fake friends and fake job offers.',
      'Unterrichtsentwürfe, Rollenspiele und Plakate, die Jugendlichen helfen, falsche Freunde und falsche Jobangebote zu erkennen.',
      "Séquences de cours, jeux de rôle et affiches pour aider les adolescents à repérer faux amis et fausses offres d'emploi.",
    ),
  }),
  demoResource({
    id: 'labour-inspection-checklist', type: 'toolkit', by: 'zmajski-most', published: '2023-09-11',
    topics: ['labour-exploitation', 'identification'], audience: ['practitioners'], countries: ['SI', 'HR'], languages: ['sl', 'hr', 'en'],
    title: t('Checklist for joint labour inspections', 'Checkliste für gemeinsame Arbeitsinspektionen', "Liste de contrôle pour les inspections du travail conjointes"),
    summary: t(
      'What inspectors, police and NGOs each check on site, and how to talk to workers without putting them at risk.',
      'Was Inspektion, Polizei und NGOs vor Ort jeweils prüfen und wie man mit Beschäftigten spricht, ohne sie zu gefährden.',
      "Ce que vérifient sur place l'inspection, la police et les ONG, et comment parler aux travailleurs sans les mettre en danger.",
    ),
  }),
  demoResource({
    id: 'victim-referral-templates', type: 'toolkit', by: 'reseau-confluence-lyon', published: '2025-02-03',
    topics: ['victim-support', 'identification'], audience: ['practitioners'], countries: ['FR'], languages: ['fr'],
    title: t('Referral templates for victim support', 'Vorlagen für die Vermittlung an Opferhilfen', "Modèles de fiches d'orientation vers l'aide aux victimes"),
    summary: t(
      'Consent forms, referral sheets and a data-protection checklist for passing on a case.',
      'Einwilligungserklärungen, Vermittlungsbögen und eine Datenschutz-Checkliste für die Weitergabe eines Falls.',
      'Formulaires de consentement, fiches d’orientation et liste de contrôle RGPD pour transmettre un dossier.',
    ),
  }),
  demoResource({
    id: 'awareness-campaign-kit', type: 'toolkit', by: 'baltic-lighthouse', published: '2026-01-12',
    topics: ['prevention', 'labour-exploitation'], audience: ['public'], countries: ['EE', 'LV', 'LT', 'FI'], languages: ['et', 'lv', 'lt', 'fi', 'en'],
    title: t('Awareness campaign kit: "Check the job"', 'Kampagnenpaket: „Prüf den Job“', 'Kit de campagne : « Vérifie le job »'),
    summary: t(
      'Posters, social media cards and radio scripts warning job seekers about fake recruitment agencies.',
      'Plakate, Social-Media-Kacheln und Radiospots, die Arbeitsuchende vor unseriösen Vermittlungsagenturen warnen.',
      "Affiches, visuels pour les réseaux sociaux et spots radio qui mettent en garde contre les fausses agences de recrutement.",
    ),
  }),
  demoResource({
    id: 'trauma-informed-practice-kit', type: 'toolkit', by: 'sava-safe-haven', published: '2024-04-08',
    topics: ['victim-support', 'women-rights'], audience: ['practitioners'], countries: ['EU'], languages: ['en', 'hr'],
    title: t('Trauma-informed practice in shelters', 'Traumasensible Arbeit in Schutzunterkünften', 'Pratiques tenant compte du traumatisme en foyer'),
    summary: t(
      'Exercises and house rules that give residents back control and reduce re-traumatisation.',
      'Übungen und Hausregeln, die Bewohnerinnen Kontrolle zurückgeben und Retraumatisierung vermeiden.',
      'Exercices et règles de vie qui rendent le contrôle aux résidentes et limitent la retraumatisation.',
    ),
  }),
  demoResource({
    id: 'community-mediator-kit', type: 'toolkit', by: 'danubia-outreach', published: '2025-08-25',
    topics: ['prevention', 'forced-begging', 'human-rights'], audience: ['practitioners'], countries: ['SK'], languages: ['sk', 'en'],
    title: t('Toolkit for community mediators', 'Arbeitshilfe für Gemeindemediatoren', 'Boîte à outils pour médiateurs communautaires'),
    summary: t(
      'Conversation guides and case examples for mediators who work with families at risk of exploitation.',
      'Gesprächsleitfäden und Fallbeispiele für Mediatoren, die mit von Ausbeutung bedrohten Familien arbeiten.',
      "Guides d'entretien et exemples de cas pour les médiateurs travaillant avec des familles exposées à l'exploitation.",
    ),
  }),
  demoResource({
    id: 'adoption-safeguards-checklist', type: 'toolkit', by: 'two-shores-cyprus', published: '2026-05-18',
    topics: ['illegal-adoption', 'children-rights'], audience: ['practitioners', 'policy-makers'], countries: ['EU'], languages: ['en'],
    title: { en: 'Safeguards checklist for intercountry adoption' },
    summary: { en: 'Red flags that an adoption may hide child trafficking, for courts, agencies and social services.' },
  }),
];
