/**
 * Latvian (lv) messages as people type them on a phone: lower case or capitals, ā č ē ģ ī ķ ļ ņ š ū ž
 * left out, typos, a word of English; ordinary questions that say "palīdzēt", "briesmas",
 * "vardarbība", "piespiedu" or "ieslēgts" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'lv';

/** Latvian tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_LV: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'mani ieslēdza', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vīrs mani sit', language, kind: 'emergency', topic: 'emergency' },
  { text: 'palīdziet lūdzu esmu briesmās', language, kind: 'emergency', topic: 'emergency' },
  { text: 'paņēma manu pasi un nelaiž mani prom', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nevaru iziet no mājas, viņi visu laiku mani uzrauga', language, kind: 'emergency', topic: 'emergency' },
  { text: 'PALĪGĀ!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'palidziet atri', language, kind: 'emergency', topic: 'emergency' },
  { text: 'saka ka mani nogalinās', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mana draudzene ir ieslēgta un viņu sit', language, kind: 'emergency', topic: 'emergency' },
  { text: 'manu māsu tur gūstā', language, kind: 'emergency', topic: 'emergency' },
  { text: 'kādu meiteni spiež ar varu, viņai tagad dara pāri', language, kind: 'emergency', topic: 'emergency' },
  { text: 'esmu ieslegta istaba un nevaru tikt ara', language, kind: 'emergency', topic: 'emergency' },
  { text: 'draud nogalinat manu gimeni ja iesu uz policiju', language, kind: 'emergency', topic: 'emergency' },
  { text: 'palidzet atkal sit mani', language, kind: 'emergency', topic: 'emergency' },
  { text: 'MAN BAIL VIŅAM IR NAZIS', language, kind: 'emergency', topic: 'emergency' },
  { text: 'priekšnieks mūs sit un neļauj iet mājās', language, kind: 'emergency', topic: 'emergency' },
  { text: 'palīgā nelaiž mani ārā no dzīvokļa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'spiež mani nodarboties ar prostitūciju un nevaru aizbēgt', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help manu draugu tagad sit', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mani tur ieslēgtu, izsauciet policiju', language, kind: 'emergency', topic: 'emergency' },
  { text: 'paņēma telefonu un aizslēdza durvis, man ļoti bail', language, kind: 'emergency', topic: 'emergency' },
  { text: 'kāds palīdziet viņš mani žņaudz', language, kind: 'emergency', topic: 'emergency' },
  { text: 'puisis saka ka šovakar mani nogalinās ja kādam pateikšu', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'domāju ka esmu cilvēku tirdzniecības upuris, kas var palīdzēt', language, kind: 'help', topic: 'get-help' },
  { text: 'kur upuris var saņemt atbalstu', language, kind: 'help', topic: 'get-help' },
  { text: 'esmu parādā cilvēkiem kas man sarunāja darbu un nezinu pie kā vērsties', language, kind: 'help', topic: 'get-help' },
  { text: 'vai latvijā ir palīdzības tālrunis upuriem', language, kind: 'help', topic: 'get-help' },
  { text: 'kas var palīdzēt manam brālim, viņš strādā fermā un nesaņem algu', language, kind: 'help', topic: 'get-help' },
  { text: 'vai varu saņemt palīdzību ja man nav uzturēšanās atļaujas', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'kā ziņot par aizdomām par cilvēku tirdzniecību', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kaimiņa apkopēja izskatās ekspluatēta, kur varu ziņot', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'vai var ziņot anonīmi', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'gribu ziņot par restorānu kur darbinieki guļ pagrabā', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'pie kā vērsties ja man ir aizdomas par piespiedu darbu', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kur latvijā ziņo par cilvēku tirdzniecību', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'kā atpazīt ka kāds ir spiests strādāt vai tiek turēts ieslēgts darbā', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'kas īsti ir cilvēku tirdzniecība', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'kādi ir ekspluatācijas veidi', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'vai upuri drīkst palikt valstī ja dzimtenē viņiem draud briesmas', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'kā ir, ja upuris ir bērns', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'kad ir nākamā sanāksme', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organizācijas latvijā', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'materiāli par piespiedu darbu un vardarbību', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'kā mūsu nvo var pievienoties', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'vai sis cats ir anonims', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'sveiki', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'kā es varu palīdzēt, ziedot vai kļūt par brīvprātīgo', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'ko es dara pret cilvēku tirdzniecību', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'kā sazināties ar sekretariātu', language, kind: 'ordinary', topic: 'contact' },
];
