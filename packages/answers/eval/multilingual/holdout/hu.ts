/**
 * Hungarian (hu) messages as people type them on a phone: lower case or capitals, accents left out,
 * typos, a word of English; ordinary questions that say "segítség", "veszély", "erőszak",
 * "kényszer" or "bezárva" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'hu';

/** Hungarian holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_HU: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'autóval visznek valahova nem tudom hova segítség', language, kind: 'emergency', topic: 'emergency' },
  { text: 'megvernek ha nem dolgozunk, el akarok innen menni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nem merek kimenni, az ajto elott allnak', language, kind: 'emergency', topic: 'emergency' },
  { text: 'SEGÍTSENEK', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hívják fel helyettem a 112-t légyszi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'az unokatestvéremet a férje bezárva tartja és veri', language, kind: 'emergency', topic: 'emergency' },
  { text: 'a szomszéd lakásban sikoltozik egy nő, a férfi üti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pisztoly van nála és fenyeget', language, kind: 'emergency', topic: 'emergency' },
  { text: 'segitseg csapdaban vagyok', language, kind: 'emergency', topic: 'emergency' },
  { text: 'holnap eladnak egy ferfinak segitsetek', language, kind: 'emergency', topic: 'emergency' },
  { text: 'elszöktem tőlük de most üldöznek', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mentsetek meg', language, kind: 'emergency', topic: 'emergency' },
  { text: 'a főnök összeverte a barátomat és nem engedik elmenni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'azzal fenyeget hogy bantja a gyerekemet ha felhivok valakit', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'támogatásra van szükségem, az előző munkahelyemen kizsákmányoltak', language, kind: 'help', topic: 'get-help' },
  { text: 'ki segít azoknak akiket hamis állásajánlattal csaltak ide', language, kind: 'help', topic: 'get-help' },
  { text: 'van menedékhely az emberkereskedelem áldozatainak', language, kind: 'help', topic: 'get-help' },
  { text: 'a barátnőm azt hiszi hogy áldozat, hol kaphat tanácsot', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'láttam valami gyanúsat egy építkezésen, kinek szóljak', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'milyen információkat adjak meg a bejelentésnél', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'hogyan jelentsek fel egy munkáltatót aki kizsákmányolja a külföldi munkásokat', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'emberkereskedelem bejelentése', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'ugyanaz az emberkereskedelem mint az embercsempészet?', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'a kényszerkoldultatás is emberkereskedelem?', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'milyen figyelmeztető jelekre kell figyelni', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'kaphat kártérítést az áldozat', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'mi az uniós civil társadalmi platform', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'egy kis helyi egyesület is lehet tag?', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'milyen gyakran ülésezik a platform', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'van jelentésetek a migránsok elleni erőszakról', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'köszi a segítséget', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'egy élő emberrel szeretnék beszélni', language, kind: 'ordinary', topic: 'contact' },
];
