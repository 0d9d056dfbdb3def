/**
 * Croatian (hr) messages as people type them on a phone: lower case or capitals, č ć đ š ž left out,
 * typos, a word of English; ordinary questions that say "pomoć", "opasnost", "nasilje", "prisilni"
 * or "zaključan" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'hr';

/** Croatian tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_HR: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'zaključali su me unutra', language, kind: 'emergency', topic: 'emergency' },
  { text: 'muž me tuče', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomozite mi molim vas u opasnosti sam', language, kind: 'emergency', topic: 'emergency' },
  { text: 'uzeli su mi putovnicu i ne daju mi da odem', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne mogu izaći iz kuće, stalno me nadziru', language, kind: 'emergency', topic: 'emergency' },
  { text: 'UPOMOĆ!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoc brzo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'kaže da će me ubiti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'moja prijateljica je zaključana i tuku je', language, kind: 'emergency', topic: 'emergency' },
  { text: 'moju sestru drže zatočenu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'neku curu prisiljavaju, sad je ozljeđuju', language, kind: 'emergency', topic: 'emergency' },
  { text: 'zakljucan sam u sobi i ne mogu izaci', language, kind: 'emergency', topic: 'emergency' },
  { text: 'prijete da ce mi ubiti obitelj ako odem na policiju', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomozte tuce me opet', language, kind: 'emergency', topic: 'emergency' },
  { text: 'BOJIM SE IMA NOŽ', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šef nas tuče i ne smijemo ići kući', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoć ne puštaju me iz stana', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tjeraju me na prostituciju i ne mogu pobjeći', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help mog prijatelja sad tuku', language, kind: 'emergency', topic: 'emergency' },
  { text: 'drže me zatočenu, zovite policiju', language, kind: 'emergency', topic: 'emergency' },
  { text: 'uzeo mi je mobitel i zaključao vrata, jako se bojim', language, kind: 'emergency', topic: 'emergency' },
  { text: 'neka mi netko pomogne davi me', language, kind: 'emergency', topic: 'emergency' },
  { text: 'dečko kaže da će me večeras ubiti ako ikome kažem', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'mislim da sam žrtva trgovanja ljudima, tko mi može pomoći', language, kind: 'help', topic: 'get-help' },
  { text: 'gdje žrtva može dobiti podršku', language, kind: 'help', topic: 'get-help' },
  { text: 'dugujem novac ljudima koji su mi našli posao i ne znam kome se obratiti', language, kind: 'help', topic: 'get-help' },
  { text: 'postoji li u hrvatskoj telefon za pomoć žrtvama', language, kind: 'help', topic: 'get-help' },
  { text: 'tko može pomoći mom bratu, radi na farmi i ne dobiva plaću', language, kind: 'help', topic: 'get-help' },
  { text: 'mogu li dobiti pomoć ako nemam dozvolu boravka', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'kako prijaviti sumnju na trgovanje ljudima', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'čini mi se da susjedovu čistačicu iskorištavaju, gdje to mogu prijaviti', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'može li se prijaviti anonimno', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'želim prijaviti restoran gdje radnici spavaju u podrumu', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kome se obratiti ako sumnjam na prisilni rad', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'gdje se u hrvatskoj prijavljuje trgovanje ljudima', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'kako prepoznati da je netko prisiljen raditi ili zaključan na poslu', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'što je zapravo trgovanje ljudima', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'koji oblici iskorištavanja postoje', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'imaju li žrtve pravo ostati u zemlji ako im kod kuće prijeti opasnost', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'što ako je žrtva dijete', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'kad je sljedeći sastanak', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organizacije u hrvatskoj', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'vodiči o prisilnom radu i nasilju', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'kako se naša udruga može pridružiti', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'je li ovaj chat anoniman', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'bok', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'kako mogu pomoci, donirati ili volontirati', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'što eu radi protiv trgovanja ljudima', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'kako mogu kontaktirati tajništvo', language, kind: 'ordinary', topic: 'contact' },
];
