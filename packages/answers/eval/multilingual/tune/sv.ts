/**
 * Swedish (sv) messages as people type them on a phone: spoken forms (dom, nån), å ä ö left out,
 * typos, a word of English; ordinary questions that say "hjälp", "fara", "våld", "tvingad" or
 * "inlåst" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'sv';

/** Swedish tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_SV: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'de har låst in mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han slår mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjälp mig snälla jag är i fara', language, kind: 'emergency', topic: 'emergency' },
  { text: 'dom har tagit mitt pass och låter mig inte gå', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jag kan inte lämna huset, de vaktar mig hela tiden', language, kind: 'emergency', topic: 'emergency' },
  { text: 'HJÄLP!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjalp mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han säger att han ska döda mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min kompis är inlåst och blir slagen', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min syster hålls fången', language, kind: 'emergency', topic: 'emergency' },
  { text: 'en tjej tvingas, dom skadar henne just nu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jag ar inlast i ett rum och kommer inte ut', language, kind: 'emergency', topic: 'emergency' },
  { text: 'de hotar att doda min familj om jag gar till polisen', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjlp han slar mig igen', language, kind: 'emergency', topic: 'emergency' },
  { text: 'JAG ÄR RÄDD HAN HAR EN KNIV', language, kind: 'emergency', topic: 'emergency' },
  { text: 'chefen slår oss och vi får inte åka hem', language, kind: 'emergency', topic: 'emergency' },
  { text: 'snälla hjälp de släpper inte ut mig ur lägenheten', language, kind: 'emergency', topic: 'emergency' },
  { text: 'dom tvingar mig att sälja sex och jag kan inte fly', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help min vän blir misshandlad just nu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jag hålls fången, ring polisen', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han har tagit min telefon och låst dörren, jag är så rädd', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nån hjälp mig han stryper mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min pojkvän säger att han dödar mig ikväll om jag berättar', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'jag tror att jag är ett offer för människohandel, vem kan hjälpa mig', language, kind: 'help', topic: 'get-help' },
  { text: 'var kan ett offer få stöd', language, kind: 'help', topic: 'get-help' },
  { text: 'jag är skyldig pengar till dom som ordnade jobbet och vet inte vem jag ska prata med', language, kind: 'help', topic: 'get-help' },
  { text: 'finns det en stödlinje för offer i sverige', language, kind: 'help', topic: 'get-help' },
  { text: 'vem kan hjälpa min bror, han jobbar på en gård och får ingen lön', language, kind: 'help', topic: 'get-help' },
  { text: 'kan jag få hjälp även om jag inte har uppehållstillstånd', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'hur anmäler jag misstanke om människohandel', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'grannens städerska verkar utnyttjad, var anmäler jag det', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kan man tipsa anonymt', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'jag vill anmäla en restaurang där personalen sover i källaren', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'vem ska jag kontakta om jag misstänker tvångsarbete', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'var rapporterar man människohandel i sverige', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'hur märker man att någon tvingas jobba eller hålls inlåst', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'vad är människohandel egentligen', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'vilka former av exploatering finns det', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'har offer rätt att stanna i landet om de är i fara hemma', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'vad gäller om offret är ett barn', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'när är nästa möte', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organisationer i sverige som jobbar mot människohandel', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'finns det guider om tvångsarbete och våld mot migranter', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'hur kan vår organisation bli medlem', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'är den här chatten anonym', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'hej hej', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'hur kan jag hjalpa till, skanka pengar eller bli volontar', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'vad gör eu mot människohandel', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'hur kontaktar jag sekretariatet', language, kind: 'ordinary', topic: 'contact' },
];
