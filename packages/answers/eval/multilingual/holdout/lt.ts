/**
 * Lithuanian (lt) messages as people type them on a phone: lower case or capitals, ą č ę ė į š ų ū ž
 * left out, typos, a word of English; ordinary questions that say "padėti", "pavojus", "smurtas",
 * "priverstinis" or "užrakintas" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'lt';

/** Lithuanian holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_LT: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'veža mane kažkur mašina nežinau kur padėkit', language, kind: 'emergency', topic: 'emergency' },
  { text: 'musa mus jei nedirbam, noriu is cia istrukti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'bijau išeiti, jie stovi prie durų', language, kind: 'emergency', topic: 'emergency' },
  { text: 'GELBĖKIT', language, kind: 'emergency', topic: 'emergency' },
  { text: 'paskambinkit 112 už mane prašau', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pusseserę vyras laiko užrakintą ir muša', language, kind: 'emergency', topic: 'emergency' },
  { text: 'kaimyniniame bute rėkia moteris, jis ją muša', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jis turi ginklą ir man grasina', language, kind: 'emergency', topic: 'emergency' },
  { text: 'padekit esu ikalinta', language, kind: 'emergency', topic: 'emergency' },
  { text: 'rytoj mane parduos kazkokiam vyrui padekit', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pabėgau nuo jų bet dabar jie mane vejasi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'išgelbėkit mane', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šefas sumušė mano draugą ir neleidžia jam išeiti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'grasina suzaloti mano vaika jei kam paskambinsiu', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'man reikia paramos, ankstesniame darbe mane išnaudojo', language, kind: 'help', topic: 'get-help' },
  { text: 'kas padeda žmonėms kuriuos čia atviliojo netikrais darbo pasiūlymais', language, kind: 'help', topic: 'get-help' },
  { text: 'ar yra prieglauda prekybos žmonėmis aukoms', language, kind: 'help', topic: 'get-help' },
  { text: 'draugė mano kad ji auka, kur ji gali gauti patarimą', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'statybvietėje mačiau kažką įtartino, kam pasakyti', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kokią informaciją reikia nurodyti pranešant', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kaip pranešti apie darbdavį kuris išnaudoja užsieniečius', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'pranešti apie prekybą žmonėmis', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'ar prekyba žmonėmis tas pats kas žmonių kontrabanda', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'ar priverstinis elgetavimas irgi prekyba žmonėmis', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'į kokius įspėjamuosius ženklus atkreipti dėmesį', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'ar auka gali gauti kompensaciją', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'kas yra es pilietinės visuomenės platforma', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'ar maža vietinė asociacija gali tapti nare', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'kaip dažnai platforma renkasi', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'ar turit ataskaitų apie smurtą prieš migrantus', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'ačiū už pagalbą', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'noriu pakalbėti su tikru žmogumi', language, kind: 'ordinary', topic: 'contact' },
];
