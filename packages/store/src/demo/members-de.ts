/**
 * Demo members in Germany. Real organisations carry only well-known public facts (name, city,
 * website, what they do); their membership and join dates in this demo are invented.
 */
import { CITY, fictional, t, type MemberDraft } from './draft.ts';

/** Members based in Germany. */
export const MEMBERS_DE: MemberDraft[] = [
  {
    id: 'kok-ev',
    name: 'KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.',
    acronym: 'KOK',
    description: t(
      'Nationwide network of NGOs and specialist counselling centres against trafficking in human beings in Germany.',
      'Bundesweites Netzwerk von NGOs und Fachberatungsstellen gegen Menschenhandel in Deutschland.',
      "Réseau national d'ONG et de centres de conseil spécialisés contre la traite des êtres humains en Allemagne.",
    ),
    country: 'DE', city: 'Berlin', coordinates: CITY.berlin, scope: 'national',
    focus: ['victim-protection', 'human-rights', 'labour-exploitation', 'sexual-exploitation'],
    website: 'https://www.kok-gegen-menschenhandel.de/',
    contact: { url: 'https://www.kok-gegen-menschenhandel.de/' },
    languages: ['de', 'en'], joined: '2013-06-01',
  },
  {
    id: 'ban-ying',
    name: 'Ban Ying e.V.',
    description: t(
      'Counselling and coordination centre against trafficking in human beings in Berlin, supporting migrant women.',
      'Koordinations- und Beratungsstelle gegen Menschenhandel in Berlin, die Migrantinnen unterstützt.',
      'Centre de conseil et de coordination contre la traite des êtres humains à Berlin, au service des femmes migrantes.',
    ),
    country: 'DE', city: 'Berlin', coordinates: CITY.berlin, scope: 'local',
    focus: ['women-rights', 'migrant-rights', 'victim-protection', 'labour-exploitation'],
    website: 'https://www.ban-ying.de/',
    contact: { url: 'https://www.ban-ying.de/' },
    languages: ['de', 'en'], joined: '2014-03-12',
  },
  {
    id: 'solwodi-deutschland',
    name: 'SOLWODI Deutschland e.V.',
    acronym: 'SOLWODI',
    description: t(
      'Solidarity with Women in Distress: counselling centres and shelters for migrant women affected by trafficking, forced prostitution and forced marriage.',
      'Solidarität mit Frauen in Not: Beratungsstellen und Schutzwohnungen für Migrantinnen, die von Menschenhandel, Zwangsprostitution und Zwangsheirat betroffen sind.',
      'Solidarité avec les femmes en détresse : centres de conseil et foyers pour les femmes migrantes victimes de traite, de prostitution forcée et de mariage forcé.',
    ),
    country: 'DE', city: 'Boppard', coordinates: CITY.boppard, scope: 'national',
    focus: ['women-rights', 'victim-protection', 'sexual-exploitation', 'forced-marriage'],
    website: 'https://www.solwodi.de/',
    contact: { url: 'https://www.solwodi.de/' },
    languages: ['de', 'en'], joined: '2013-09-20',
  },
  {
    id: 'ecpat-deutschland',
    name: 'ECPAT Deutschland e.V.',
    acronym: 'ECPAT',
    description: t(
      'German working group for the protection of children against sexual exploitation, part of the international ECPAT network.',
      'Arbeitsgemeinschaft zum Schutz der Kinder vor sexueller Ausbeutung, Teil des internationalen ECPAT-Netzwerks.',
      "Groupe de travail allemand pour la protection des enfants contre l'exploitation sexuelle, membre du réseau international ECPAT.",
    ),
    country: 'DE', city: 'Freiburg im Breisgau', coordinates: CITY.freiburg, scope: 'national',
    focus: ['children-rights', 'sexual-exploitation', 'victim-protection'],
    website: 'https://ecpat.de/',
    contact: { url: 'https://ecpat.de/' },
    languages: ['de', 'en'], joined: '2015-01-15',
  },
  {
    id: 'nummer-gegen-kummer',
    name: 'Nummer gegen Kummer e.V.',
    description: t(
      'Umbrella organisation of the German helplines for children, young people and parents, including the 116 111 child helpline.',
      'Dachverband der Kinder- und Jugendtelefone und Elterntelefone in Deutschland, darunter die 116 111.',
      "Fédération des lignes d'écoute allemandes pour enfants, jeunes et parents, dont la ligne 116 111.",
    ),
    country: 'DE', city: 'Wuppertal', coordinates: CITY.wuppertal, scope: 'national',
    focus: ['children-rights'],
    website: 'https://www.nummergegenkummer.de/',
    contact: { url: 'https://www.nummergegenkummer.de/' },
    languages: ['de'], joined: '2016-05-04',
  },
  {
    id: 'elbbruecke-hamburg',
    name: 'Elbbrücke Fachberatung',
    description: fictional(
      'Counselling in Hamburg for people exploited in the port, logistics and construction sectors.',
      'Beratung in Hamburg für Menschen, die in Hafen, Logistik und Baugewerbe ausgebeutet werden.',
      'Conseil à Hambourg pour les personnes exploitées dans le port, la logistique et le bâtiment.',
    ),
    country: 'DE', city: 'Hamburg', coordinates: CITY.hamburg, scope: 'local',
    focus: ['labour-exploitation', 'migrant-rights', 'victim-protection'],
    website: 'https://elbbruecke.example.org/',
    contact: { email: 'kontakt@elbbruecke.example.org', url: 'https://elbbruecke.example.org/kontakt' },
    languages: ['de', 'en', 'pl', 'ro'], joined: '2019-02-11',
  },
  {
    id: 'isarnetz-muenchen',
    name: 'Isarnetz gegen Ausbeutung',
    description: fictional(
      'Bavarian network that trains social workers to recognise forced labour and forced begging.',
      'Bayerisches Netzwerk, das Fachkräfte der Sozialarbeit im Erkennen von Zwangsarbeit und Zwangsbettelei schult.',
      'Réseau bavarois qui forme les travailleurs sociaux à reconnaître le travail forcé et la mendicité forcée.',
    ),
    country: 'DE', city: 'München', coordinates: CITY.munich, scope: 'national',
    focus: ['labour-exploitation', 'forced-begging', 'forced-criminal-activities'],
    website: 'https://isarnetz.example.org/',
    contact: { email: 'info@isarnetz.example.org' },
    languages: ['de', 'en'], joined: '2021-07-01',
  },
  {
    id: 'auenwald-leipzig',
    name: 'Auenwald Jugendhilfe-Netz',
    description: fictional(
      'Youth workers in Leipzig who protect children and teenagers from online grooming and exploitation.',
      'Jugendhilfe in Leipzig, die Kinder und Jugendliche vor Cybergrooming und Ausbeutung schützt.',
      "Éducateurs à Leipzig qui protègent enfants et adolescents contre le pédopiégeage en ligne et l'exploitation.",
    ),
    country: 'DE', city: 'Leipzig', coordinates: CITY.leipzig, scope: 'local',
    focus: ['children-rights', 'sexual-exploitation', 'victim-protection'],
    website: 'https://auenwald.example.org/',
    contact: { email: 'hallo@auenwald.example.org' },
    languages: ['de'], joined: '2022-10-18',
  },
];
