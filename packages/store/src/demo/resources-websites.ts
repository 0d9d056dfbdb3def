/**
 * Websites as resources: real members' sites (each link and description is what the site is for)
 * and invented members' sites under example.org.
 */
import { demoResource } from './demo-resource.ts';
import { t, type ResourceDraft } from './draft.ts';

/** Member websites people are often referred to. */
export const RESOURCES_WEBSITES: ResourceDraft[] = [
  {
    id: 'la-strada-international-website', type: 'website', published: '2013-05-30',
    title: t('La Strada International', 'La Strada International', 'La Strada International'),
    summary: t(
      'News, publications and the member organisations of the European NGO network against trafficking in human beings.',
      'Neuigkeiten, Publikationen und die Mitgliedsorganisationen des europäischen NGO-Netzwerks gegen Menschenhandel.',
      "Actualités, publications et organisations membres du réseau européen d'ONG contre la traite des êtres humains.",
    ),
    topics: ['victim-support', 'research', 'policy'], languages: ['en'], countries: ['EU'],
    audience: ['practitioners', 'policy-makers', 'public'], url: 'https://lastradainternational.org/',
    publisher: { type: 'member', memberId: 'la-strada-international' },
  },
  {
    id: 'kok-website', type: 'website', published: '2013-06-01',
    title: t(
      'KOK – counselling centres against trafficking in Germany',
      'KOK – Fachberatungsstellen gegen Menschenhandel in Deutschland',
      'KOK – centres de conseil contre la traite en Allemagne',
    ),
    summary: t(
      'Information on trafficking in human beings in Germany and a directory of specialist counselling centres for those affected.',
      'Informationen zu Menschenhandel in Deutschland und ein Verzeichnis der Fachberatungsstellen für Betroffene.',
      'Informations sur la traite des êtres humains en Allemagne et annuaire des centres de conseil spécialisés pour les victimes.',
    ),
    topics: ['victim-support', 'identification', 'policy'], languages: ['de', 'en'], countries: ['DE'],
    audience: ['victims', 'practitioners', 'public'], url: 'https://www.kok-gegen-menschenhandel.de/',
    publisher: { type: 'member', memberId: 'kok-ev' },
  },
  {
    id: 'picum-website', type: 'website', published: '2013-05-30',
    title: t('PICUM – rights of undocumented migrants', 'PICUM – Rechte von Menschen ohne Papiere', 'PICUM – droits des migrants sans papiers'),
    summary: t(
      'Publications and advocacy on the rights of undocumented migrants, including labour rights and access to justice.',
      'Publikationen und Lobbyarbeit zu den Rechten von Menschen ohne Papiere, einschließlich Arbeitsrechten und Zugang zur Justiz.',
      'Publications et plaidoyer sur les droits des migrants sans papiers, dont le droit du travail et l’accès à la justice.',
    ),
    topics: ['migrant-rights', 'labour-exploitation', 'policy'], languages: ['en', 'fr', 'es'], countries: ['EU'],
    audience: ['practitioners', 'policy-makers'], url: 'https://picum.org/',
    publisher: { type: 'member', memberId: 'picum' },
  },
  demoResource({
    id: 'help-finder-baltic', type: 'website', by: 'baltic-lighthouse', published: '2024-03-04',
    topics: ['victim-support', 'labour-exploitation'], audience: ['victims', 'public'], countries: ['EE', 'LV', 'LT'], languages: ['et', 'lv', 'lt', 'ru', 'en'],
    title: t('Help finder for the Baltic states', 'Hilfefinder für die baltischen Staaten', "Trouver de l'aide dans les pays baltes"),
    summary: t(
      'Search support services by city and language, with a quick-exit button for safe browsing.',
      'Unterstützungsangebote nach Stadt und Sprache suchen, mit Schnellausstieg für sicheres Surfen.',
      "Rechercher des services d'aide par ville et par langue, avec un bouton de sortie rapide pour naviguer en sécurité.",
    ),
  }),
  demoResource({
    id: 'cross-border-workers-portal', type: 'website', by: 'kirchberg-migrant-counsel', published: '2025-09-01',
    topics: ['migrant-rights', 'labour-exploitation'], audience: ['victims', 'public'], countries: ['LU', 'FR', 'DE', 'BE'], languages: ['fr', 'de', 'pt', 'en'],
    title: t('Cross-border workers portal', 'Portal für Grenzgänger', 'Portail des travailleurs frontaliers'),
    summary: t(
      'Wages, contracts and labour rights for people who cross a border to work, in four languages.',
      'Löhne, Verträge und Arbeitsrechte für Menschen, die zum Arbeiten eine Grenze überqueren, in vier Sprachen.',
      'Salaires, contrats et droit du travail pour les personnes qui passent une frontière pour travailler, en quatre langues.',
    ),
  }),
  demoResource({
    id: 'youth-safety-portal', type: 'website', by: 'neris-youth-shelter', published: '2025-04-14',
    topics: ['children-rights', 'online-exploitation', 'prevention'], audience: ['children'], countries: ['LT'], languages: ['lt', 'en'],
    title: t('Safe online: a site for teenagers', 'Sicher online: eine Seite für Jugendliche', 'En sécurité en ligne : un site pour les ados'),
    summary: t(
      'Quizzes and short stories about sextortion, fake modelling jobs and how to ask for help.',
      'Quizze und kurze Geschichten über Sextortion, falsche Modeljobs und wie man um Hilfe bittet.',
      "Quiz et histoires courtes sur la sextorsion, les faux castings et comment demander de l'aide.",
    ),
  }),
  demoResource({
    id: 'legal-aid-directory-france', type: 'website', by: 'reseau-confluence-lyon', published: '2023-01-16',
    topics: ['compensation', 'victim-support', 'prosecution'], audience: ['victims', 'practitioners'], countries: ['FR'], languages: ['fr'],
    title: t('Directory of lawyers for victims of trafficking', 'Verzeichnis von Anwältinnen und Anwälten für Betroffene', "Annuaire d'avocats pour les victimes de la traite"),
    summary: t(
      'Lawyers in France who take trafficking and exploitation cases, many with legal aid.',
      'Anwältinnen und Anwälte in Frankreich, die Fälle von Menschenhandel und Ausbeutung übernehmen, oft mit Prozesskostenhilfe.',
      "Des avocats en France qui plaident des affaires de traite et d'exploitation, souvent à l'aide juridictionnelle.",
    ),
  }),
];
