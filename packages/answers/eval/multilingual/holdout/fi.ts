/**
 * Finnish (fi) messages as people type them on a phone: spoken forms (mä, mua, ne), ä and ö left
 * out, typos, a word of English; ordinary questions that say "apu", "vaara", "väkivalta" or
 * "pakotettu" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'fi';

/** Finnish holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_FI: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'ne vie mua jonnekin autolla en tiedä minne apua', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne hakkaa meita jos ei tehda toita, haluun pois taalta', language, kind: 'emergency', topic: 'emergency' },
  { text: 'en uskalla mennä ulos, ne seisoo oven takana', language, kind: 'emergency', topic: 'emergency' },
  { text: 'AUTTAKAA', language, kind: 'emergency', topic: 'emergency' },
  { text: 'soittakaa 112 mun puolesta pliis', language, kind: 'emergency', topic: 'emergency' },
  { text: 'serkkuni mies pitää sitä lukkojen takana ja hakkaa sitä', language, kind: 'emergency', topic: 'emergency' },
  { text: 'naapurissa nainen huutaa, mies lyö sitä ihan nyt', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sillä on ase ja se uhkailee mua', language, kind: 'emergency', topic: 'emergency' },
  { text: 'apua jumissa taalla', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne myy mut huomenna jollekki aijalle apua', language, kind: 'emergency', topic: 'emergency' },
  { text: 'karkasin niiltä mutta ne ajaa mua takaa nyt', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pelastakaa mut', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomo hakkas mun kaverin eikä ne päästä sitä lähtemään', language, kind: 'emergency', topic: 'emergency' },
  { text: 'se uhkaa satuttaa mun lasta jos soitan kenellekaan', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'tarviin tukea, mua käytettiin hyväksi edellisessä työpaikassa', language, kind: 'help', topic: 'get-help' },
  { text: 'kuka auttaa ihmisiä jotka on houkuteltu tänne feikkityöpaikoilla', language, kind: 'help', topic: 'get-help' },
  { text: 'onko ihmiskaupan uhreille turvakotia', language, kind: 'help', topic: 'get-help' },
  { text: 'mun ystävä luulee olevansa uhri, mistä se saa neuvoja', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'näin jotain epäilyttävää rakennustyömaalla, kenelle kerron', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'mitä tietoja ilmoitukseen kannattaa laittaa', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'miten ilmoitetaan työnantajasta joka käyttää ulkomaalaisia työntekijöitä hyväksi', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'ihmiskaupasta ilmoittaminen', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'onko ihmiskauppa sama asia kuin ihmissalakuljetus', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'onko pakotettu kerjääminen ihmiskauppaa', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'mitä varoitusmerkkejä kannattaa huomata', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'voiko uhri saada korvauksia', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'mikä on eu:n kansalaisyhteiskuntafoorumi', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'voiko pieni paikallinen yhdistys päästä jäseneksi', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'kuinka usein foorumi kokoontuu', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'onko teillä raportteja siirtolaisiin kohdistuvasta väkivallasta', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'kiitti avusta', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'haluun puhua oikean ihmisen kanssa', language, kind: 'ordinary', topic: 'contact' },
];
