/**
 * Estonian (et) messages as people type them on a phone: lower case or capitals, õ ä ö ü left out,
 * typos, a word of English; ordinary questions that say "abi", "oht", "vägivald" or "sunnitud"
 * without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'et';

/** Estonian tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_ET: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'nad lukustasid mu tuppa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ta lööb mind', language, kind: 'emergency', topic: 'emergency' },
  { text: 'aidake mind palun ma olen ohus', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nad võtsid mu passi ära ja ei lase mul minna', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ma ei saa majast välja, nad valvavad mind kogu aeg', language, kind: 'emergency', topic: 'emergency' },
  { text: 'APPI!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'appi kiiresti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ta utleb et tapab mu ara', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mu sõber on kinni pandud ja teda pekstakse', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mu õde hoitakse vangis', language, kind: 'emergency', topic: 'emergency' },
  { text: 'üht tüdrukut sunnitakse, nad teevad talle praegu haiget', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ma olen toas luku taga ja ei saa valja', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nad ahvardavad mu pere tappa kui ma lahen politseisse', language, kind: 'emergency', topic: 'emergency' },
  { text: 'aidke ta peksab mind jalle', language, kind: 'emergency', topic: 'emergency' },
  { text: 'MA KARDAN TAL ON NUGA', language, kind: 'emergency', topic: 'emergency' },
  { text: 'boss peksab meid ja me ei tohi koju minna', language, kind: 'emergency', topic: 'emergency' },
  { text: 'palun appi nad ei lase mind korterist valja', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nad sunnivad mind prostitutsiooniga tegelema ja ma ei pääse ära', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help mu sõpra pekstakse praegu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mind hoitakse kinni, kutsuge politsei', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ta võttis mu telefoni ja lukustas ukse, mul on nii hirm', language, kind: 'emergency', topic: 'emergency' },
  { text: 'keegi aidake ta kägistab mind', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mu poiss ütleb et tapab mu täna õhtul kui ma kellelegi räägin', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'ma arvan et olen inimkaubanduse ohver, kes saab aidata', language, kind: 'help', topic: 'get-help' },
  { text: 'kust saab ohver tuge', language, kind: 'help', topic: 'get-help' },
  { text: 'ma võlgnen raha neile kes mulle töö leidsid ja ei tea kellega rääkida', language, kind: 'help', topic: 'get-help' },
  { text: 'kas eestis on ohvritele abitelefon', language, kind: 'help', topic: 'get-help' },
  { text: 'kes saaks aidata mu venda, ta töötab talus ja palka ei saa', language, kind: 'help', topic: 'get-help' },
  { text: 'kas ma saan abi ka siis kui mul pole elamisluba', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'kuidas ma teatan inimkaubanduse kahtlusest', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'naabri koristaja tundub ärakasutatud olevat, kuhu sellest teatada', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kas saab anonüümselt teatada', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'tahan teatada restoranist kus töötajad magavad keldris', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kellega ühendust võtta kui kahtlustan sunnitööd', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kuhu eestis inimkaubandusest teatatakse', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'kuidas aru saada et keegi on sunnitud töötama või luku taga hoitud', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'mis see inimkaubandus täpselt on', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'millised ärakasutamise vormid on olemas, kas sundabielu ka', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'kas ohvritel on õigus eestisse jääda kui kodumaal on oht', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'mis siis kui ohver on laps', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'millal on järgmine kohtumine', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organisatsioonid eestis', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'juhendid sunnitöö ja vägivalla kohta', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'kuidas meie mtü saab liituda', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'kas see vestlus on anonuumne', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'tere', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'kuidas ma saan aidata, annetada või vabatahtlikuks hakata', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'mida teeb el inimkaubanduse vastu', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'kuidas sekretariaadiga ühendust võtta', language, kind: 'ordinary', topic: 'contact' },
];
