/**
 * Swedish (sv) messages as people type them on a phone: spoken forms (dom, nån), å ä ö left out,
 * typos, a word of English; ordinary questions that say "hjälp", "fara", "våld", "tvingad" or
 * "inlåst" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'sv';

/** Swedish holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_SV: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'dom kör iväg mig nånstans i en bil vet inte vart hjälp', language, kind: 'emergency', topic: 'emergency' },
  { text: 'dom slar oss om vi inte jobbar, jag vill harifran', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jag vågar inte gå ut, de står utanför dörren', language, kind: 'emergency', topic: 'emergency' },
  { text: 'HJÄLP MIG', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ring 112 åt mig snälla', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min kusins man håller henne inlåst och misshandlar henne', language, kind: 'emergency', topic: 'emergency' },
  { text: 'kvinnan i lägenheten bredvid skriker, han slår henne', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han har en pistol och hotar mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjalp instangd har', language, kind: 'emergency', topic: 'emergency' },
  { text: 'imorgon ska dom salja mig till en man hjalp', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jag har rymt från dom men dom jagar mig nu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'rädda mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'chefen har misshandlat min kompis och dom låter honom inte gå', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han hotar att skada mitt barn om jag ringer nagon', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'jag behöver stöd, jag blev utnyttjad på mitt förra jobb', language, kind: 'help', topic: 'get-help' },
  { text: 'vem hjälper folk som lurats hit med falska jobberbjudanden', language, kind: 'help', topic: 'get-help' },
  { text: 'finns det skyddat boende för offer för människohandel', language, kind: 'help', topic: 'get-help' },
  { text: 'min väninna tror att hon är ett offer, var kan hon få råd', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'jag har sett nåt misstänkt på ett bygge, vem säger jag till', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'vilka uppgifter behöver jag ha när jag anmäler', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'hur anmäler man en arbetsgivare som utnyttjar utländska arbetare', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'anmäla människohandel', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'är människohandel samma sak som människosmuggling', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'räknas tvingat tiggeri också som människohandel', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'vilka varningssignaler ska man hålla utkik efter', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'kan offer få skadestånd', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'vad är eu:s plattform för civilsamhället', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'kan en liten lokal förening bli medlem', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'hur ofta träffas plattformen', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'har ni rapporter om våld mot migranter', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'tack för hjälpen', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'jag vill prata med en riktig människa', language, kind: 'ordinary', topic: 'contact' },
];
