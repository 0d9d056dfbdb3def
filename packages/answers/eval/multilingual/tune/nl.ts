/** Dutch messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/**
 * Dutch tune cases, typed the way visitors type: lower case, "aub", a word of English ("help" is
 * Dutch too). Dutch rarely needs diacritics, so almost none are written.
 */
export const TUNE_NL: readonly MultilingualCase[] = casesFor('nl', {
  emergency: [
    'help ik word bedreigd',
    'ze hebben me opgesloten in de kamer',
    'hij slaat me nu',
    'help me alsjeblieft ik ben in gevaar',
    'ze hebben mijn paspoort afgepakt en laten me niet gaan',
    'ik kan het huis niet uit, ze houden me de hele tijd in de gaten',
    'hij zegt dat hij me vermoordt',
    'ze bedreigen mijn familie als ik praat',
    'mijn baas slaat me en geeft mijn papieren niet terug ik kan niet weg',
    'ik zit opgesloten in een appartement en weet niet waar ik ben',
    'IK BEN BANG HIJ KOMT TERUG EN SLAAT ME',
    'help hij wurgt me',
    'ze dwingen me met mannen mee te gaan en slaan me als ik nee zeg',
    'ik zit in een kelder en kom er niet uit',
    'hij heeft mijn telefoon afgepakt, ik schrijf stiekem, pls',
    'ik word hier tegen mijn wil vastgehouden',
    'kom snel aub hij wil me doodmaken',
    // Someone else in danger.
    'mijn vriendin is opgesloten en wordt geslagen',
    'mijn zus wordt vastgehouden',
    'een meisje wordt gedwongen, ze doen haar nu pijn',
    'mijn neef wordt op een bouwplaats vastgehouden en in elkaar geslagen',
    // Very short.
    'help!!!',
    'HELP HELP',
    'hulp nodig nu',
  ],
  help: [
    'ik denk dat ik slachtoffer ben, wie kan me helpen',
    'waar kan een slachtoffer steun krijgen',
    'ik ben nu niet in gevaar maar wil met iemand praten over wat er op mijn werk is gebeurd',
    'is er een hulporganisatie voor slachtoffers van mensenhandel in rotterdam',
    'mijn broer is in duitsland uitgebuit, nu is hij terug, wie helpt hem',
    'hulp voor slachtoffers zonder verblijfsvergunning?',
  ],
  report: [
    'hoe meld ik een vermoeden',
    'de schoonmaakster van mijn buren lijkt uitgebuit te worden, waar meld ik dat',
    'kan ik anoniem melden',
    'op de boerderij naast ons slapen arbeiders in containers, bij wie meld ik dat',
    'welke info heeft de politie nodig bij een melding',
    'ik wil een massagesalon melden, de meisjes wonen daar',
  ],
  ordinary: [
    ['signs-of-trafficking', 'wat zijn signalen van dwangarbeid'],
    ['what-is-trafficking', 'wat is mensenhandel precies'],
    ['forms-of-exploitation', 'is gedwongen bedelen ook uitbuiting'],
    ['victim-rights', 'mogen slachtoffers in nederland blijven'],
    ['child-victims', 'wat als het slachtoffer een kind is'],
    ['next-event', 'wanneer is de volgende bijeenkomst'],
    ['find-members', 'organisaties in belgië'],
    ['find-resources', 'kun je me helpen handleidingen over dwangarbeid te vinden'],
    ['find-resources', 'rapporten over geweld tegen migrantenvrouwen'],
    ['how-to-join', 'hoe kan onze ngo lid worden'],
    ['privacy', 'is deze chat anoniem'],
    ['greeting', 'hoi'],
    ['support-the-cause', 'hoe kan ik doneren of vrijwilliger worden'],
    ['eu-policy', 'wat doet de eu tegen mensenhandel'],
    ['contact', 'hoe neem ik contact op met het secretariaat'],
    ['contact', 'mijn account op het portaal is geblokkeerd, bij wie moet ik zijn'],
  ],
});
