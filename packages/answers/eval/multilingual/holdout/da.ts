/**
 * Danish (da) messages as people type them on a phone: lower case or capitals, æ ø å left out or
 * typed as ae/oe/aa, typos, a word of English; ordinary questions that say "hjælp", "vold", "fare"
 * or "tvunget" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'da';

/** Danish holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_DA: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'de kører mig et sted hen i en bil jeg ved ikke hvor hjælp', language, kind: 'emergency', topic: 'emergency' },
  { text: 'de slar os hvis vi ikke arbejder, jeg vil vaek herfra', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jeg tør ikke gå ud, de står lige foran døren', language, kind: 'emergency', topic: 'emergency' },
  { text: 'HJÆLP MIG', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ring 112 for mig please', language, kind: 'emergency', topic: 'emergency' },
  { text: 'min kusines mand holder hende spærret inde og slår hende', language, kind: 'emergency', topic: 'emergency' },
  { text: 'der er en kvinde der skriger i lejligheden ved siden af, han banker hende', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han har en pistol og truer mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'hjaelp fanget herinde', language, kind: 'emergency', topic: 'emergency' },
  { text: 'i morgen saelger de mig til en mand hjaelp', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jeg er flygtet fra dem men de er efter mig lige nu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'red mig', language, kind: 'emergency', topic: 'emergency' },
  { text: 'chefen har tævet min ven og de vil ikke lade ham gå', language, kind: 'emergency', topic: 'emergency' },
  { text: 'han truer med at gore mit barn fortraed hvis jeg ringer til nogen', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'jeg har brug for støtte, jeg blev udnyttet på mit gamle arbejde', language, kind: 'help', topic: 'get-help' },
  { text: 'hvem hjælper folk der er blevet lokket hertil med falske jobtilbud', language, kind: 'help', topic: 'get-help' },
  { text: 'findes der et krisecenter for ofre for menneskehandel', language, kind: 'help', topic: 'get-help' },
  { text: 'min veninde tror hun er et offer, hvor kan hun få rådgivning', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'jeg har set noget mistænkeligt på en byggeplads, hvem skal jeg sige det til', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'hvilke oplysninger skal jeg give når jeg anmelder noget', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'hvordan melder man en arbejdsgiver der udnytter udenlandske arbejdere', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'anmelde menneskehandel', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'er menneskehandel det samme som menneskesmugling', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'tæller tvangstiggeri også som menneskehandel', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'hvilke advarselstegn skal man holde øje med', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'kan ofre få erstatning', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: "hvad er eu's platform for civilsamfundet", language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'kan en lille lokal forening blive medlem', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'hvor tit mødes platformen', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'har i rapporter om vold mod migranter', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'tak for hjælpen', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'jeg vil gerne snakke med et rigtigt menneske', language, kind: 'ordinary', topic: 'contact' },
];
