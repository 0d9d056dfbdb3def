/**
 * Estonian (et) messages as people type them on a phone: lower case or capitals, õ ä ö ü left out,
 * typos, a word of English; ordinary questions that say "abi", "oht", "vägivald" or "sunnitud"
 * without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'et';

/** Estonian holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_ET: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'nad viivad mind autoga kuhugi ma ei tea kuhu appi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nad peksavad meid kui me ei toota, ma tahan siit ara', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ma ei julge välja minna, nad on ukse taga', language, kind: 'emergency', topic: 'emergency' },
  { text: 'AIDAKE', language, kind: 'emergency', topic: 'emergency' },
  { text: 'helistage palun minu eest 112', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mu nõo mees hoiab teda luku taga ja peksab', language, kind: 'emergency', topic: 'emergency' },
  { text: 'naaberkorteris karjub naine, mees lööb teda', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tal on relv ja ta ähvardab mind', language, kind: 'emergency', topic: 'emergency' },
  { text: 'appi olen loksus', language, kind: 'emergency', topic: 'emergency' },
  { text: 'homme muuakse mind uhele mehele maha appi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ma põgenesin nende käest aga nad jälitavad mind praegu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'päästke mind', language, kind: 'emergency', topic: 'emergency' },
  { text: 'boss peksis mu sõpra läbi ja nad ei lase tal lahkuda', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ta ahvardab mu last vigastada kui ma kellelegi helistan', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'vajan tuge, mind kasutati eelmisel töökohal ära', language, kind: 'help', topic: 'get-help' },
  { text: 'kes aitab inimesi keda on siia valede tööpakkumistega meelitatud', language, kind: 'help', topic: 'get-help' },
  { text: 'kas inimkaubanduse ohvritele on varjupaika', language, kind: 'help', topic: 'get-help' },
  { text: 'mu sõbranna arvab et ta on ohver, kust ta nõu saab', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'nägin ehitusplatsil midagi kahtlast, kellele ma ütlen', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'mis infot ma pean teatamisel andma', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kuidas teatada tööandjast kes kasutab välismaa töötajaid ära', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'inimkaubandusest teatamine', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'kas inimkaubandus on sama mis inimsmugeldamine', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'kas sunniviisiline kerjamine on ka inimkaubandus', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'millised on hoiatavad märgid', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'kas ohver saab hüvitist', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'mis on el-i kodanikuühiskonna platvorm', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'kas väike kohalik ühing võib liikmeks saada', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'kui tihti platvorm kokku saab', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'kas teil on raporteid rändajate vastu suunatud vägivallast', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'aitäh abi eest', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'tahan rääkida päris inimesega', language, kind: 'ordinary', topic: 'contact' },
];
