/**
 * Slovenian (sl) messages as people type them on a phone: lower case or capitals, č š ž left out,
 * typos, a word of English; ordinary questions that say "pomoč", "nevarnost", "nasilje",
 * "prisilen" or "zaklenjen" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'sl';

/** Slovenian holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_SL: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'nekam me peljejo z avtom ne vem kam na pomoč', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tepejo nas ce ne delamo, hocem stran od tu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne upam ven, stojijo pred vrati', language, kind: 'emergency', topic: 'emergency' },
  { text: 'POMAGAJTE', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pokličite 112 namesto mene prosim', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mojo sestrično mož drži zaklenjeno in jo pretepa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'v sosednjem stanovanju kriči ženska, on jo tepe', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ima pištolo in mi grozi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoc ujeta sem', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jutri me bodo prodali nekemu moskemu pomagajte', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pobegnila sem jim ampak me zdaj lovijo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'rešite me', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šef je pretepel mojega prijatelja in ga ne pustijo oditi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'grozi da bo poskodoval mojega otroka ce koga poklicem', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'potrebujem podporo, na prejšnjem delu so me izkoriščali', language, kind: 'help', topic: 'get-help' },
  { text: 'kdo pomaga ljudem ki so jih sem zvabili z lažnimi ponudbami za delo', language, kind: 'help', topic: 'get-help' },
  { text: 'ali obstaja zatočišče za žrtve trgovine z ljudmi', language, kind: 'help', topic: 'get-help' },
  { text: 'prijateljica misli da je žrtev, kje lahko dobi nasvet', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'na gradbišču sem videl nekaj sumljivega, komu naj povem', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'katere podatke moram navesti ob prijavi', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kako prijaviti delodajalca ki izkorišča tuje delavce', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'prijava trgovine z ljudmi', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'ali je trgovina z ljudmi isto kot tihotapljenje', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'ali je prisilno beračenje tudi trgovina z ljudmi', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'na katere opozorilne znake je treba biti pozoren', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'ali lahko žrtev dobi odškodnino', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'kaj je platforma civilne družbe eu', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'ali lahko majhno lokalno društvo postane članica', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'kako pogosto se platforma sestaja', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'imate poročila o nasilju nad migranti', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'hvala za pomoč', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'rad bi govoril s človekom, ne z botom', language, kind: 'ordinary', topic: 'contact' },
];
