/**
 * Danish (da) messages as people type them on a phone: lower case or capitals, æ ø å left out or
 * typed as ae/oe/aa, typos, a word of English; ordinary questions that say "hjælp", "vold", "fare"
 * or "tvunget" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'da';

/** Danish tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_DA: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'de har låst mig inde', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han tæsker mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjælp mig please jeg er i fare', language, kind: 'emergency', topic: 'emergency' },
  { text: 'de har taget mit pas og vil ikke lade mig gå', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jeg kan ikke komme ud af huset, de holder øje med mig hele tiden', language, kind: 'emergency', topic: 'emergency' },
  { text: 'HJÆLP!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjaelp mig nu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han siger han vil slå mig ihjel', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min veninde er låst inde og bliver slået', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min søster bliver holdt fanget', language, kind: 'emergency', topic: 'emergency' },
  { text: 'en pige bliver tvunget, de gør hende ondt lige nu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jeg er lukket inde pa et vaerelse og kan ikke komme ud', language, kind: 'emergency', topic: 'emergency' },
  { text: 'de truer med at draebe min familie hvis jeg gar til politiet', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjlep mig han slar mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'JEG ER BANGE HAN HAR EN KNIV', language, kind: 'emergency', topic: 'emergency' },
  { text: 'chefen slår os og vi må ikke tage hjem', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjælp de vil ikke lukke mig ud af lejligheden', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han tvinger mig til at have sex med mænd og jeg kan ikke slippe væk', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help de slår min ven lige nu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jeg bliver holdt fanget, ring til politiet', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han har taget min telefon og låst døren, jeg er så bange', language, kind: 'emergency', topic: 'emergency' },
  { text: 'nogen hjælp mig han kvæler mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min kæreste siger han slår mig ihjel i aften hvis jeg siger det til nogen', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'jeg tror jeg er offer for menneskehandel, hvem kan hjælpe mig', language, kind: 'help', topic: 'get-help' },
  { text: 'hvor kan et offer få støtte', language, kind: 'help', topic: 'get-help' },
  { text: 'jeg skylder penge til dem der skaffede mig arbejdet og ved ikke hvem jeg skal snakke med', language, kind: 'help', topic: 'get-help' },
  { text: 'findes der en hotline for ofre i danmark', language, kind: 'help', topic: 'get-help' },
  { text: 'hvem kan hjælpe min bror, han arbejder på en gård og får ingen løn', language, kind: 'help', topic: 'get-help' },
  { text: 'kan jeg få hjælp selvom jeg ikke har opholdstilladelse', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'hvordan anmelder jeg en mistanke om menneskehandel', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'min nabos rengøringsdame virker udnyttet, hvor kan jeg anmelde det', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kan man anmelde anonymt', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'jeg vil gerne melde en restaurant hvor de ansatte sover i kælderen', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'hvem skal jeg kontakte hvis jeg har mistanke om tvangsarbejde', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'hvor indberetter man menneskehandel i danmark', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'hvordan kan man se om nogen er tvunget til at arbejde eller bliver holdt låst inde', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'hvad er menneskehandel egentlig', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'hvilke former for udnyttelse findes der, er tvangsægteskab også med', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'har ofre ret til at blive i landet hvis de er i fare derhjemme', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'hvad gælder hvis offeret er et barn', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'hvornår er næste møde', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organisationer i danmark der arbejder mod menneskehandel', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'har i vejledninger om tvangsarbejde og vold mod migranter', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'hvordan kan vores ngo blive medlem', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'er chatten anonym', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'hej', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'hvordan kan jeg hjaelpe, donere eller vaere frivillig', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'hvad gør eu mod menneskehandel', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'hvordan kontakter jeg sekretariatet', language, kind: 'ordinary', topic: 'contact' },
];
