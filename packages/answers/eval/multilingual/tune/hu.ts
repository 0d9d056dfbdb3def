/**
 * Hungarian (hu) messages as people type them on a phone: lower case or capitals, accents left out,
 * typos, a word of English; ordinary questions that say "segítség", "veszély", "erőszak",
 * "kényszer" or "bezárva" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'hu';

/** Hungarian tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_HU: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'bezártak a szobába', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ver a férjem', language, kind: 'emergency', topic: 'emergency' },
  { text: 'segítsetek kérlek veszélyben vagyok', language, kind: 'emergency', topic: 'emergency' },
  { text: 'elvették az útlevelemet és nem engednek el', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nem tudok kimenni a házból, folyton figyelnek', language, kind: 'emergency', topic: 'emergency' },
  { text: 'SEGÍTSÉG!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'segitseg gyorsan', language, kind: 'emergency', topic: 'emergency' },
  { text: 'azt mondja hogy megöl', language, kind: 'emergency', topic: 'emergency' },
  { text: 'a barátnőmet bezárták és verik', language, kind: 'emergency', topic: 'emergency' },
  { text: 'a húgomat fogva tartják', language, kind: 'emergency', topic: 'emergency' },
  { text: 'egy lányt kényszerítenek, most bántják', language, kind: 'emergency', topic: 'emergency' },
  { text: 'be vagyok zarva egy szobaba es nem tudok kijonni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'azzal fenyegetnek hogy megolik a csaladomat ha a rendorseghez megyek', language, kind: 'emergency', topic: 'emergency' },
  { text: 'segicsetek ut es rugdos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'FÉLEK KÉS VAN NÁLA', language, kind: 'emergency', topic: 'emergency' },
  { text: 'a főnök ver minket és nem mehetünk haza', language, kind: 'emergency', topic: 'emergency' },
  { text: 'segítség nem engednek ki a lakásból', language, kind: 'emergency', topic: 'emergency' },
  { text: 'arra kényszerítenek hogy pénzért lefeküdjek férfiakkal és nem tudok elszökni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help a barátomat most verik', language, kind: 'emergency', topic: 'emergency' },
  { text: 'fogva tartanak, hívják a rendőrséget', language, kind: 'emergency', topic: 'emergency' },
  { text: 'elvette a telefonomat és bezárta az ajtót, nagyon félek', language, kind: 'emergency', topic: 'emergency' },
  { text: 'valaki segítsen fojtogat', language, kind: 'emergency', topic: 'emergency' },
  { text: 'a barátom azt mondja ma este megöl ha elmondom valakinek', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'azt hiszem emberkereskedelem áldozata vagyok, ki tud segíteni', language, kind: 'help', topic: 'get-help' },
  { text: 'hol kaphat támogatást egy áldozat', language, kind: 'help', topic: 'get-help' },
  { text: 'tartozom azoknak akik a munkát szerezték nekem és nem tudom kihez forduljak', language, kind: 'help', topic: 'get-help' },
  { text: 'van magyarországon segélyvonal áldozatoknak', language, kind: 'help', topic: 'get-help' },
  { text: 'ki tud segíteni a bátyámnak, egy farmon dolgozik fizetés nélkül', language, kind: 'help', topic: 'get-help' },
  { text: 'kaphatok segítséget ha nincs tartózkodási engedélyem', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'hogyan jelenthetem be ha emberkereskedelmet gyanítok', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'a szomszéd takarítónője kizsákmányoltnak tűnik, hol jelenthetem', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'lehet névtelenül bejelenteni', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'szeretnék bejelenteni egy éttermet ahol a dolgozók a pincében alszanak', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kihez forduljak ha kényszermunkára gyanakszom', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'hol lehet emberkereskedelmet bejelenteni magyarországon', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'honnan lehet tudni hogy valakit kényszerítenek dolgozni vagy bezárva tartanak', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'mi az az emberkereskedelem pontosan', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'milyen formái vannak a kizsákmányolásnak', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'az áldozatok maradhatnak az országban ha otthon veszélyben lennének', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'mi a helyzet ha az áldozat gyerek', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'mikor lesz a következő ülés', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'szervezetek magyarországon', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'útmutatók a kényszermunkáról és az erőszakról', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'hogyan csatlakozhat a civil szervezetünk', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'ez a chat nevtelen?', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'szia', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'hogyan segíthetek, tudok adományozni vagy önkéntes lenni', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'mit tesz az eu az emberkereskedelem ellen', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'hogyan érem el a titkárságot', language, kind: 'ordinary', topic: 'contact' },
];
