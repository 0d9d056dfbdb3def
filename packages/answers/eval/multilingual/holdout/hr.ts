/**
 * Croatian (hr) messages as people type them on a phone: lower case or capitals, č ć đ š ž left out,
 * typos, a word of English; ordinary questions that say "pomoć", "opasnost", "nasilje", "prisilni"
 * or "zaključan" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'hr';

/** Croatian holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_HR: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'voze me negdje autom ne znam kamo pomoć', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tuku nas ako ne radimo, hocu van odavde', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne smijem izaći, stoje pred vratima', language, kind: 'emergency', topic: 'emergency' },
  { text: 'POMOZITE', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nazovite 112 umjesto mene molim vas', language, kind: 'emergency', topic: 'emergency' },
  { text: 'moju sestričnu muž drži zaključanu i tuče je', language, kind: 'emergency', topic: 'emergency' },
  { text: 'u susjednom stanu vrišti žena, on je udara', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ima pištolj i prijeti mi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoc zarobljena sam', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sutra me prodaju nekom covjeku pomozite', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pobjegla sam od njih ali me sad jure', language, kind: 'emergency', topic: 'emergency' },
  { text: 'spasite me', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šef je pretukao mog prijatelja i ne puštaju ga da ode', language, kind: 'emergency', topic: 'emergency' },
  { text: 'prijeti da ce nauditi mom djetetu ako ikoga nazovem', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'treba mi podrška, iskorištavali su me na prošlom poslu', language, kind: 'help', topic: 'get-help' },
  { text: 'tko pomaže ljudima koje su ovamo namamili lažnim ponudama za posao', language, kind: 'help', topic: 'get-help' },
  { text: 'postoji li sklonište za žrtve trgovanja ljudima', language, kind: 'help', topic: 'get-help' },
  { text: 'prijateljica misli da je žrtva, gdje može dobiti savjet', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'vidio sam nešto sumnjivo na gradilištu, kome da javim', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'koje podatke trebam dati kad nešto prijavljujem', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kako prijaviti poslodavca koji iskorištava strane radnike', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'prijava trgovanja ljudima', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'je li trgovanje ljudima isto što i krijumčarenje', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'je li prisilno prosjačenje isto trgovanje ljudima', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'na koje znakove upozorenja treba paziti', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'može li žrtva dobiti odštetu', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'što je platforma civilnog društva eu', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'može li mala lokalna udruga postati članica', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'koliko se često platforma sastaje', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'imate li izvješća o nasilju nad migrantima', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'hvala na pomoći', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'želim razgovarati sa stvarnom osobom', language, kind: 'ordinary', topic: 'contact' },
];
