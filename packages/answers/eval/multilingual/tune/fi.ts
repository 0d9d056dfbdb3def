/**
 * Finnish (fi) messages as people type them on a phone: spoken forms (mä, mua, ne), ä and ö left
 * out, typos, a word of English; ordinary questions that say "apu", "vaara", "väkivalta" or
 * "pakotettu" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'fi';

/** Finnish tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_FI: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'ne lukitsi mut sisään', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mies lyö mua', language, kind: 'emergency', topic: 'emergency' },
  { text: 'auttakaa mua please oon vaarassa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne vei mun passin eikä päästä mua lähtemään', language, kind: 'emergency', topic: 'emergency' },
  { text: 'en pääse ulos talosta, ne vahtii mua koko ajan', language, kind: 'emergency', topic: 'emergency' },
  { text: 'APUA!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'apua heti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'se sanoo etta se tappaa mut', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mun kaveri on lukittuna ja sitä hakataan', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mun siskoa pidetään vankina', language, kind: 'emergency', topic: 'emergency' },
  { text: 'yhtä tyttöä pakotetaan, ne satuttaa sitä just nyt', language, kind: 'emergency', topic: 'emergency' },
  { text: 'oon lukittuna huoneeseen enka paase pois', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne uhkaa tappaa mun perheen jos mina menen poliisille', language, kind: 'emergency', topic: 'emergency' },
  { text: 'auttkaa se hakkaa mua taas en paase karkuun', language, kind: 'emergency', topic: 'emergency' },
  { text: 'MÄ PELKÄÄN SILLÄ ON VEITSI', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomo hakkaa meitä eikä me saada lähteä kotiin', language, kind: 'emergency', topic: 'emergency' },
  { text: 'apua ne ei päästä mua ulos asunnosta', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne pakottaa mut myymään seksiä enkä pääse pakoon', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help mun ystävää pahoinpidellään nyt', language, kind: 'emergency', topic: 'emergency' },
  { text: 'soittakaa poliisi mua pidetään täällä väkisin', language, kind: 'emergency', topic: 'emergency' },
  { text: 'se vei mun puhelimen ja lukitsi oven, mä oon tosi peloissani', language, kind: 'emergency', topic: 'emergency' },
  { text: 'joku auttakaa se kuristaa mua', language, kind: 'emergency', topic: 'emergency' },
  { text: 'poikaystävä sanoo et se tappaa mut tänään jos kerron jollekin', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'luulen että oon ihmiskaupan uhri, kuka voi auttaa', language, kind: 'help', topic: 'get-help' },
  { text: 'mistä uhri voi saada tukea', language, kind: 'help', topic: 'get-help' },
  { text: 'oon velkaa niille jotka järjesti mulle työn enkä tiedä kenelle puhua', language, kind: 'help', topic: 'get-help' },
  { text: 'onko suomessa auttavaa puhelinta uhreille', language, kind: 'help', topic: 'get-help' },
  { text: 'kuka voi auttaa mun veljeä, se tekee töitä maatilalla eikä saa palkkaa', language, kind: 'help', topic: 'get-help' },
  { text: 'saanko apua vaikka mulla ei ole oleskelulupaa', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'miten ilmoitan epäilystä ihmiskaupasta', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'naapurin siivooja vaikuttaa hyväksikäytetyltä, minne voin ilmoittaa', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'voiko ilmoituksen tehdä nimettömänä', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'haluun ilmoittaa ravintolasta jossa työntekijät nukkuu kellarissa', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'keneen otan yhteyttä jos epäilen pakkotyötä', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'mihin ihmiskaupasta ilmoitetaan suomessa', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'mistä tunnistaa et joku on pakotettu töihin tai lukittu työpaikalle', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'mitä ihmiskauppa oikeastaan on', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'millaisia hyväksikäytön muotoja on, onko pakkoavioliitto yksi', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'onko uhreilla oikeus jäädä suomeen jos kotimaassa on vaarallista', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'entä jos uhri on lapsi', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'milloin on seuraava kokous', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'järjestöt suomessa jotka toimii ihmiskauppaa vastaan', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'oppaita pakkotyöstä ja väkivallasta', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'miten meidän järjestö voi liittyä mukaan', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'onko tama chatti anonyymi', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'moi', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'miten voin auttaa, lahjoittaa tai ryhtyä vapaaehtoiseksi', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'mitä eu tekee ihmiskauppaa vastaan', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'miten saan yhteyden sihteeristöön', language, kind: 'ordinary', topic: 'contact' },
];
