/**
 * Latvian (lv) messages as people type them on a phone: lower case or capitals, ā č ē ģ ī ķ ļ ņ š ū ž
 * left out, typos, a word of English; ordinary questions that say "palīdzēt", "briesmas",
 * "vardarbība", "piespiedu" or "ieslēgts" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'lv';

/** Latvian holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_LV: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'mani kaut kur ved ar mašīnu nezinu kurp palīgā', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sit mus ja nestradajam, gribu tikt prom no sejienes', language, kind: 'emergency', topic: 'emergency' },
  { text: 'baidos iziet ārā, viņi stāv pie durvīm', language, kind: 'emergency', topic: 'emergency' },
  { text: 'GLĀBIET', language, kind: 'emergency', topic: 'emergency' },
  { text: 'piezvaniet 112 manā vietā lūdzu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'manu māsīcu vīrs tur ieslēgtu un sit', language, kind: 'emergency', topic: 'emergency' },
  { text: 'blakus dzīvoklī kliedz sieviete, viņš viņu sit', language, kind: 'emergency', topic: 'emergency' },
  { text: 'viņam ir ierocis un viņš man draud', language, kind: 'emergency', topic: 'emergency' },
  { text: 'palidziet esmu iesprostota', language, kind: 'emergency', topic: 'emergency' },
  { text: 'rit mani pardos kadam virietim palidziet', language, kind: 'emergency', topic: 'emergency' },
  { text: 'aizbēgu no viņiem bet tagad viņi man dzenas pakaļ', language, kind: 'emergency', topic: 'emergency' },
  { text: 'izglābiet mani', language, kind: 'emergency', topic: 'emergency' },
  { text: 'priekšnieks piekāva manu draugu un neļauj viņam aiziet', language, kind: 'emergency', topic: 'emergency' },
  { text: 'draud nodarit pari manam bernam ja kadam piezvanisu', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'man vajag atbalstu, iepriekšējā darbā mani izmantoja', language, kind: 'help', topic: 'get-help' },
  { text: 'kas palīdz cilvēkiem kurus šeit ievilināja ar viltus darba piedāvājumiem', language, kind: 'help', topic: 'get-help' },
  { text: 'vai ir patversme cilvēku tirdzniecības upuriem', language, kind: 'help', topic: 'get-help' },
  { text: 'draudzene domā ka ir upuris, kur viņa var saņemt padomu', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'būvlaukumā redzēju kaut ko aizdomīgu, kam pateikt', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kādu informāciju man jānorāda ziņojot', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kā ziņot par darba devēju kas izmanto ārzemju strādniekus', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'ziņot par cilvēku tirdzniecību', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'vai cilvēku tirdzniecība ir tas pats kas cilvēku kontrabanda', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'vai piespiedu ubagošana arī ir cilvēku tirdzniecība', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'kādām brīdinājuma zīmēm pievērst uzmanību', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'vai upuris var saņemt kompensāciju', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'kas ir es pilsoniskās sabiedrības platforma', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'vai maza vietēja biedrība var kļūt par biedru', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'cik bieži platforma tiekas', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'vai jums ir ziņojumi par vardarbību pret migrantiem', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'paldies par palīdzību', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'gribu runāt ar īstu cilvēku', language, kind: 'ordinary', topic: 'contact' },
];
