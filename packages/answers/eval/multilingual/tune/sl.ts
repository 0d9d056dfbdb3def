/**
 * Slovenian (sl) messages as people type them on a phone: lower case or capitals, č š ž left out,
 * typos, a word of English; ordinary questions that say "pomoč", "nevarnost", "nasilje",
 * "prisilen" or "zaklenjen" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'sl';

/** Slovenian tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_SL: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'zaklenili so me', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mož me tepe', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomagajte mi prosim v nevarnosti sem', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vzeli so mi potni list in me ne pustijo oditi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ne morem iz hise, ves cas me opazujejo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'NA POMOČ!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomoc hitro', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pravi da me bo ubil', language, kind: 'emergency', topic: 'emergency' },
  { text: 'moja prijateljica je zaklenjena in jo tepejo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mojo sestro držijo ujeto', language, kind: 'emergency', topic: 'emergency' },
  { text: 'eno punco silijo, zdaj jo mučijo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'grozijo da bodo ubili mojo druzino ce grem na policijo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'zaklenjen sem v kleti pomagajte prosim hitr', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pomagite spet me tepe', language, kind: 'emergency', topic: 'emergency' },
  { text: 'STRAH ME JE IMA NOŽ', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šef nas tepe in ne smemo domov', language, kind: 'emergency', topic: 'emergency' },
  { text: 'na pomoč ne pustijo me iz stanovanja', language, kind: 'emergency', topic: 'emergency' },
  { text: 'silijo me v prostitucijo in ne morem pobegniti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help mojega prijatelja zdaj pretepajo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'držijo me ujeto, pokličite policijo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vzel mi je telefon in zaklenil vrata, zelo me je strah', language, kind: 'emergency', topic: 'emergency' },
  { text: 'naj mi kdo pomaga davi me', language, kind: 'emergency', topic: 'emergency' },
  { text: 'fant pravi da me bo nocoj ubil ce komu povem', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'mislim da sem žrtev trgovine z ljudmi, kdo mi lahko pomaga', language, kind: 'help', topic: 'get-help' },
  { text: 'kje lahko žrtev dobi podporo', language, kind: 'help', topic: 'get-help' },
  { text: 'dolgujem denar ljudem ki so mi uredili delo in ne vem na koga naj se obrnem', language, kind: 'help', topic: 'get-help' },
  { text: 'ali v sloveniji obstaja telefon za pomoč žrtvam', language, kind: 'help', topic: 'get-help' },
  { text: 'kdo lahko pomaga mojemu bratu, dela na kmetiji in ne dobi plače', language, kind: 'help', topic: 'get-help' },
  { text: 'ali lahko dobim pomoč če nimam dovoljenja za prebivanje', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'kako prijavim sum trgovine z ljudmi', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'čistilka pri sosedu se mi zdi izkoriščana, kam to prijavim', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'ali se da prijaviti anonimno', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'rad bi prijavil restavracijo kjer delavci spijo v kleti', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'na koga se obrnem če sumim prisilno delo', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kam se v sloveniji prijavi trgovina z ljudmi', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'kako prepoznam da je nekdo prisiljen delati ali zaklenjen na delovnem mestu', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'kaj je pravzaprav trgovina z ljudmi', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'katere oblike izkoriščanja obstajajo', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'ali imajo žrtve pravico ostati v državi če jim doma grozi nevarnost', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'kaj če je žrtev otrok', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'kdaj je naslednji sestanek', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organizacije v sloveniji', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'vodniki o prisilnem delu in nasilju', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'kako se lahko naša nvo pridruži', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'ali je ta klepet anonimen', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'živjo', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'kako lahko pomagam, doniram ali postanem prostovoljka', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'kaj eu dela proti trgovini z ljudmi', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'kako stopim v stik s sekretariatom', language, kind: 'ordinary', topic: 'contact' },
];
