/**
 * Dutch held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** Dutch holdout cases, worded apart from the tune set. */
export const HOLDOUT_NL: readonly MultilingualCase[] = casesFor('nl', {
  emergency: [
    'bel de politie ze slaan ons op de boerderij',
    'mijn vriend verkoopt me aan mannen en vanavond maakt hij me af denk ik',
    'ze komen vannacht terug en zeiden dat ze me in brand steken',
    'hij knijpt mijn keel dicht, ik heb me in de badkamer verstopt',
    'ze hebben mijn telefoon verstopt, ik schrijf met die van een collega, we mogen niet naar buiten',
    'elke nacht sluiten ze mijn deur af, ik moet hier weg',
    'ik werk zonder loon en als ik wegga zegt hij dat hij me verbrandt',
    // Someone else in danger.
    'het buurjongetje is in de tuin vastgebonden en ze slaan hem',
    'mijn moeder wordt door haar werkgever gevangen gehouden',
    'een vrouw schreeuwt in het busje, ze slaan haar',
    // Very short.
    'hij heeft een mes',
    'noodgeval!!',
    'red me',
    'bel 112 aub',
  ],
  help: [
    'ik ben twee jaar uitgebuit, waar vind ik nu steun',
    'ik heb een advocaat nodig als slachtoffer van mensenhandel',
    'is er opvang voor vrouwen die uit de gedwongen prostitutie zijn gestapt',
    'wie kan mijn tante helpen, ze is met een baan in spanje gelokt en nu weer thuis',
  ],
  report: [
    'waar kan ik de politie tippen over een bordeel',
    'uitbuiting op een bouwplaats melden',
    'een man bij het busstation biedt jonge meisjes werk in het buitenland aan, lijkt me niet pluis, waar meld ik dat',
    'nummer om mensenhandel te melden in belgie',
  ],
  ordinary: [
    ['signs-of-trafficking', 'hoe merk ik of een collega uitgebuit wordt'],
    ['forms-of-exploitation', 'telt iemand dwingen om te stelen als mensenhandel'],
    ['victim-rights', 'krijgen slachtoffers schadevergoeding'],
    ['child-victims', 'kinderen die tot criminaliteit gedwongen worden, hoe worden ze beschermd'],
    ['eu-policy', 'wie is de eu-coördinator tegen mensenhandel'],
    ['privacy', 'bewaren jullie mijn berichten'],
    ['who-can-join', 'kan een blijf-van-mijn-lijfhuis lid worden'],
    ['find-resources', 'trainingen over geweld tegen huishoudelijk personeel'],
    ['greeting', 'goeiemorgen'],
    ['platform-meetings', 'hoe gaan de bijeenkomsten van het platform in zijn werk'],
  ],
});
