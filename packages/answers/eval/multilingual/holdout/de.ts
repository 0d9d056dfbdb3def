/**
 * German held-out messages: never read while changing the detector, the packs or the scoring.
 * If you have tuned against them, they measure nothing any more: write new ones.
 */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** German holdout cases, worded apart from the tune set. */
export const HOLDOUT_DE: readonly MultilingualCase[] = casesFor('de', {
  emergency: [
    'er hat ein messer in der hand',
    'die schliessen mich jede nacht ein, ich muss hier weg',
    'mein freund verkauft mich an männer und ich hab angst dass er mich heute totschlaegt',
    'die männer kommen heute nacht zurück und haben gesagt sie stechen mich ab',
    'er wurgt mich immer wieder, bin kurz ins bad gefluchtet',
    'mein handy haben sie versteckt, schreib vom handy einer kollegin, wir durfen nicht raus',
    'ich muss ohne lohn arbeiten und wenn ich gehen will droht er mich anzuzünden',
    // Someone else in danger.
    'nachbarskind wird im hof angekettet und geschlagen',
    'meine mutter wird von ihrem arbeitgeber eingesperrt und misshandelt',
    'eine frau im lkw schreit, die männer schlagen sie grad',
    // Very short.
    'IST EIN NOTFALL!!',
    'bitte polizei rufen',
    'rettet mich',
    'brauche sofort hilfe',
  ],
  help: [
    'ich wurde zwei jahre lang ausgebeutet, an wen kann ich mich jetzt wenden',
    'brauche einen anwalt als betroffene von menschenhandel',
    'gibt es eine schutzwohnung für frauen die aus der zwangsprostitution raus sind',
    'wer hilft meiner tante, sie wurde mit einem jobangebot nach italien gelockt und ist jetzt wieder da',
  ],
  report: [
    'wo kann ich der polizei einen hinweis auf ein bordell geben',
    'ausbeutung auf einer baustelle melden',
    'ein typ am busbahnhof bietet jungen mädchen jobs im ausland an, kommt mir komisch vor, wem sag ich das',
    'nummer für meldungen zu menschenhandel in belgien',
  ],
  ordinary: [
    ['signs-of-trafficking', 'woran merke ich dass eine kollegin unter druck gesetzt wird'],
    ['forms-of-exploitation', 'zählt erzwungener diebstahl auch als ausbeutung'],
    ['victim-rights', 'haben opfer anspruch auf entschädigung'],
    ['child-victims', 'kinder die zu straftaten gezwungen werden, wie werden die geschützt'],
    ['eu-policy', 'wer ist die eu koordinatorin gegen menschenhandel'],
    ['privacy', 'werden meine nachrichten hier irgendwo gespeichert'],
    ['who-can-join', 'kann ein frauenhaus mitglied werden'],
    ['find-resources', 'schulungen zum thema gewalt gegen migrantinnen'],
    ['greeting', 'schönen guten morgen'],
    ['platform-meetings', 'wie laufen die treffen der plattform ab'],
  ],
});
