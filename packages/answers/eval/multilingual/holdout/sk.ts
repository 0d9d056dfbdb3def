/**
 * Slovak (sk) messages as people type them on a phone: lower case or capitals, diacritics left out,
 * typos, a word of English; ordinary questions that say "pomoc", "nebezpečenstvo", "násilie",
 * "nútený" or "zamknutý" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'sk';

/** Slovak holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_SK: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'vezú ma niekam autom neviem kam pomoc', language, kind: 'emergency', topic: 'emergency' },
  { text: 'biju nas ked nerobime, chcem odtialto prec', language, kind: 'emergency', topic: 'emergency' },
  { text: 'bojím sa ísť von, stoja pred dverami', language, kind: 'emergency', topic: 'emergency' },
  { text: 'POMÔŽTE', language, kind: 'emergency', topic: 'emergency' },
  { text: 'zavolajte za mňa 112 prosím', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sesternicu drží manžel zamknutú a bije ju', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vo vedľajšom byte kričí žena, on ju bije', language, kind: 'emergency', topic: 'emergency' },
  { text: 'má pištoľ a vyhráža sa mi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoc som uvaznena', language, kind: 'emergency', topic: 'emergency' },
  { text: 'zajtra ma predaju nejakemu chlapovi pomozte', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ušla som im ale teraz ma naháňajú', language, kind: 'emergency', topic: 'emergency' },
  { text: 'zachráňte ma', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šéf zmlátil môjho kamaráta a nechcú ho pustiť', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vyhraza sa ze ublizi mojmu dietatu ak niekomu zavolam', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'potrebujem podporu, v minulej práci ma zneužívali', language, kind: 'help', topic: 'get-help' },
  { text: 'kto pomáha ľuďom ktorých sem nalákali falošnými ponukami práce', language, kind: 'help', topic: 'get-help' },
  { text: 'existuje útulok pre obete obchodovania s ľuďmi', language, kind: 'help', topic: 'get-help' },
  { text: 'kamarátka si myslí že je obeť, kde môže dostať radu', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'videl som niečo podozrivé na stavbe, komu to mám povedať', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'aké informácie mám uviesť pri nahlásení', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'ako nahlásiť zamestnávateľa ktorý zneužíva zahraničných robotníkov', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'nahlásenie obchodovania s ľuďmi', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'je obchodovanie s ľuďmi to isté ako prevádzačstvo', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'je nútené žobranie tiež obchodovanie s ľuďmi', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'na aké varovné signály si dávať pozor', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'môže obeť dostať odškodnenie', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'čo je platforma občianskej spoločnosti eú', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'môže sa malé miestne združenie stať členom', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'ako často sa platforma stretáva', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'máte správy o násilí na migrantoch', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'ďakujem za pomoc', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'chcem hovoriť so skutočným človekom', language, kind: 'ordinary', topic: 'contact' },
];
