/** German messages to tune the emergency detector and the topic rules against; read them freely. */
import { casesFor } from '../cases-for.ts';
import type { MultilingualCase } from '../multilingual-case.ts';

/** German tune cases, typed the way visitors type: lower case, no umlauts, typos, panic. */
export const TUNE_DE: readonly MultilingualCase[] = casesFor('de', {
  emergency: [
    // Real misses of the first detector.
    'sie haben meinen Pass genommen',
    'ich kann nicht weg',
    'sie haben mich eingesperrt hilfe',
    'er schlägt mich gerade wieder',
    'bitte helft mir ich bin in gefahr',
    'mein chef hat meinen ausweis weggenommen und lasst mich nicht raus',
    'ich darf nicht aus dem haus, die beobachten mich die ganze zeit',
    'er sagt er bringt mich um wenn ich gehe',
    'die drohen meiner familie wenn ich rede',
    'er schlaegt mich jeden tag und ich komm hier nicht raus',
    'bin eingesperrt weiss nicht wo ich bin',
    'ICH HABE ANGST ER KOMMT GLEICH ZURÜCK UND SCHLÄGT MICH',
    'bitte hilfe er hat mich gewurgt',
    'sie zwingen mich mit männern zu schlafen und schlagen mich wenn ich nein sage',
    'hilfe ich bin in einem keller und komm nicht raus',
    'er hat mir das handy weggenommen ich schreib heimlich, bitte hilfe',
    'ich werde hier gegen meinen willen festgehalten help',
    // Someone else in danger.
    'meine freundin ist eingesperrt und wird geschlagen',
    'meine schwester wird festgehalten',
    'ein mädchen wird gezwungen, sie tun ihr gerade weh',
    'mein cousin wird auf der baustelle festgehalten und verprügelt',
    // Very short.
    'HILFE!!',
    'sos bitte',
    'hilfe schnell',
  ],
  help: [
    'ich glaube ich bin ein opfer, wer kann mir helfen',
    'wo kriegt man als opfer von menschenhandel hilfe',
    'bin gerade nicht in gefahr, brauche aber beratung wegen meinem alten job',
    'gibt es eine beratungsstelle für frauen aus osteuropa in berlin',
    'mein bruder wurde in den niederlanden ausgebeutet, jetzt ist er zurück. wer hilft ihm',
    'hilfe für opfer ohne aufenthaltstitel?',
  ],
  report: [
    'wie kann ich einen verdacht auf menschenhandel melden',
    'die putzfrau meiner nachbarn wirkt ausgebeutet, wo melde ich das',
    'kann man anonym anzeige erstatten',
    'auf dem hof nebenan schlafen arbeiter in containern, wem sag ich das',
    'welche infos braucht die polizei bei einer meldung',
    'ich will ein massagestudio melden, die frauen dort wohnen im laden',
  ],
  ordinary: [
    // Real misses: answered as something else before.
    ['find-members', 'welche organisationen arbeiten zu frauenrechten'],
    ['how-to-join', 'wie treten wir bei'],
    ['signs-of-trafficking', 'woran erkennt man zwangsarbeit'],
    ['signs-of-trafficking', 'welche warnsignale für gewalt und ausbeutung gibt es am arbeitsplatz'],
    ['what-is-trafficking', 'was zählt alles als menschenhandel'],
    ['forms-of-exploitation', 'ist zwangsheirat auch eine form von ausbeutung'],
    ['victim-rights', 'dürfen opfer in deutschland bleiben'],
    ['child-victims', 'und wenn das opfer noch minderjährig ist'],
    ['next-event', 'wann findet das nächste treffen statt'],
    ['find-members', 'organisationen in österreich'],
    ['find-resources', 'gibt es leitfäden zu zwangsarbeit'],
    ['privacy', 'ist der chat anonym'],
    ['greeting', 'dankeschön für die infos'],
    ['support-the-cause', 'wie kann ich spenden oder ehrenamtlich helfen'],
    ['eu-policy', 'was unternimmt die eu eigentlich gegen menschenhandel'],
    ['contact', 'wie kann ich das sekretariat erreichen, gibts ne mail'],
    ['contact', 'mein konto im portal ist gesperrt, an wen wende ich mich'],
  ],
});
