/**
 * Slovak (sk) messages as people type them on a phone: lower case or capitals, diacritics left out,
 * typos, a word of English; ordinary questions that say "pomoc", "nebezpečenstvo", "násilie",
 * "nútený" or "zamknutý" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'sk';

/** Slovak tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_SK: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'zamkli ma', language, kind: 'emergency', topic: 'emergency' },
  { text: 'manžel ma bije', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomôžte mi prosím som v nebezpečenstve', language, kind: 'emergency', topic: 'emergency' },
  { text: 'zobrali mi pas a nechcú ma pustiť preč', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nemôžem odísť z domu, stále ma strážia', language, kind: 'emergency', topic: 'emergency' },
  { text: 'POMOC!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoc rychlo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hovorí že ma zabije', language, kind: 'emergency', topic: 'emergency' },
  { text: 'moja kamarátka je zamknutá a bijú ju', language, kind: 'emergency', topic: 'emergency' },
  { text: 'moju sestru držia zavretú', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nejaké dievča nútia, práve jej ubližujú', language, kind: 'emergency', topic: 'emergency' },
  { text: 'som zamknuta v izbe a nemozem von', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vyhrazaju sa ze mi zabiju rodinu ak pojdem na policiu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomozteee zase ma bije', language, kind: 'emergency', topic: 'emergency' },
  { text: 'BOJÍM SA MÁ NÔŽ', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šéf nás bije a nesmieme ísť domov', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoc nepustia ma z bytu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nútia ma k prostitúcii a nemôžem ujsť', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help môjho kamaráta práve bijú', language, kind: 'emergency', topic: 'emergency' },
  { text: 'držia ma zatvorenú, zavolajte políciu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'zobral mi mobil a zamkol dvere, strašne sa bojím', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nech mi niekto pomôže škrtí ma', language, kind: 'emergency', topic: 'emergency' },
  { text: 'priateľ hovorí že ma dnes večer zabije ak to niekomu poviem', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'myslím že som obeťou obchodovania s ľuďmi, kto mi môže pomôcť', language, kind: 'help', topic: 'get-help' },
  { text: 'kde môže obeť získať podporu', language, kind: 'help', topic: 'get-help' },
  { text: 'dlžím peniaze ľuďom čo mi vybavili prácu a neviem na koho sa obrátiť', language, kind: 'help', topic: 'get-help' },
  { text: 'je na slovensku linka pomoci pre obete', language, kind: 'help', topic: 'get-help' },
  { text: 'kto môže pomôcť môjmu bratovi, robí na farme a nedostáva výplatu', language, kind: 'help', topic: 'get-help' },
  { text: 'môžem dostať pomoc aj keď nemám povolenie na pobyt', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'ako nahlásim podozrenie na obchodovanie s ľuďmi', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'upratovačka u suseda vyzerá zneužívaná, kde to môžem nahlásiť', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'dá sa to nahlásiť anonymne', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'chcem nahlásiť reštauráciu kde robotníci spia v pivnici', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'na koho sa obrátiť keď mám podozrenie na nútenú prácu', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kde sa na slovensku hlási obchodovanie s ľuďmi', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'ako spoznať že niekto je nútený pracovať alebo zamknutý v práci', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'čo je vlastne obchodovanie s ľuďmi', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'aké formy vykorisťovania existujú', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'majú obete právo zostať v krajine ak im doma hrozí nebezpečenstvo', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'čo ak je obeťou dieťa', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'kedy je najbližšie stretnutie', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organizácie na slovensku', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'príručky o nútenej práci a násilí', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'ako sa môže naša mimovládka pridať', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'je tento chat anonymny', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'ahoj', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'ako môžem pomôcť, darovať alebo byť dobrovoľník', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'čo robí eú proti obchodovaniu s ľuďmi', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'ako kontaktujem sekretariát', language, kind: 'ordinary', topic: 'contact' },
];
