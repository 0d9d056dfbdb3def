/**
 * Lithuanian (lt) messages as people type them on a phone: lower case or capitals, ą č ę ė į š ų ū ž
 * left out, typos, a word of English; ordinary questions that say "padėti", "pavojus", "smurtas",
 * "priverstinis" or "užrakintas" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'lt';

/** Lithuanian tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_LT: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'mane užrakino', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vyras mane muša', language, kind: 'emergency', topic: 'emergency' },
  { text: 'padėkit prašau man gresia pavojus', language, kind: 'emergency', topic: 'emergency' },
  { text: 'atėmė mano pasą ir neleidžia išvažiuoti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'negaliu išeiti iš namų, jie mane nuolat stebi', language, kind: 'emergency', topic: 'emergency' },
  { text: 'PADĖKIT!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'gelbekit greiciau', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sako kad mane užmuš', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mano draugė užrakinta ir ją muša', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mano seserį laiko nelaisvėje', language, kind: 'emergency', topic: 'emergency' },
  { text: 'merginą verčia per prievartą, ją dabar skriaudžia', language, kind: 'emergency', topic: 'emergency' },
  { text: 'esu uzrakinta kambary ir negaliu iseiti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'grasina nuzudyti mano seima jei eisiu i policija', language, kind: 'emergency', topic: 'emergency' },
  { text: 'padekit vel mane musa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'BIJAU JIS TURI PEILĮ', language, kind: 'emergency', topic: 'emergency' },
  { text: 'šefas mus muša ir neleidžia eiti namo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'pagalbos neišleidžia manęs iš buto', language, kind: 'emergency', topic: 'emergency' },
  { text: 'verčia mane užsiiminėti prostitucija ir negaliu pabėgti', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help mano draugą dabar muša', language, kind: 'emergency', topic: 'emergency' },
  { text: 'mane laiko uždarytą, kvieskit policiją', language, kind: 'emergency', topic: 'emergency' },
  { text: 'atėmė telefoną ir užrakino duris, labai bijau', language, kind: 'emergency', topic: 'emergency' },
  { text: 'kas nors padėkit jis mane smaugia', language, kind: 'emergency', topic: 'emergency' },
  { text: 'vaikinas sako kad šįvakar mane nužudys jei kam papasakosiu', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'manau kad esu prekybos žmonėmis auka, kas gali padėti', language, kind: 'help', topic: 'get-help' },
  { text: 'kur auka gali gauti pagalbą', language, kind: 'help', topic: 'get-help' },
  { text: 'esu skolinga žmonėms kurie surado man darbą ir nežinau į ką kreiptis', language, kind: 'help', topic: 'get-help' },
  { text: 'ar lietuvoje yra pagalbos linija aukoms', language, kind: 'help', topic: 'get-help' },
  { text: 'kas gali padėti mano broliui, jis dirba ūkyje ir negauna algos', language, kind: 'help', topic: 'get-help' },
  { text: 'ar galiu gauti pagalbą jei neturiu leidimo gyventi', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'kaip pranešti apie įtarimą dėl prekybos žmonėmis', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kaimyno valytoja atrodo išnaudojama, kur galiu pranešti', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'ar galima pranešti anonimiškai', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'noriu pranešti apie restoraną kur darbuotojai miega rūsyje', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'į ką kreiptis jei įtariu priverstinį darbą', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kur lietuvoje pranešama apie prekybą žmonėmis', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'kaip atpažinti kad žmogus verčiamas dirbti ar laikomas užrakintas darbe', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'kas iš tikrųjų yra prekyba žmonėmis', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'kokios yra išnaudojimo formos', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'ar aukos gali likti šalyje jei tėvynėje joms gresia pavojus', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'o jei auka yra vaikas', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'kada kitas susitikimas', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'organizacijos lietuvoje', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'medžiaga apie priverstinį darbą ir smurtą', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'kaip mūsų nvo gali prisijungti', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'ar sis pokalbis anonimiskas', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'labas', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'kaip galiu padėti, paaukoti ar savanoriauti', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'ką es daro prieš prekybą žmonėmis', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'kaip susisiekti su sekretoriatu', language, kind: 'ordinary', topic: 'contact' },
];
