/**
 * Maltese (mt) messages as people type them on a phone: with ċ ġ għ ħ ż and, just as often, with
 * plain c g gh h z; English words mixed in ("boss", "mobile", "please", "helpline"); ordinary
 * questions that say "għajnuna", "periklu", "vjolenza" or "furzat" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'mt';

/** Maltese tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_MT: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'qafluni ġewwa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'qed isawwatni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'għinuni jekk jogħġbok jien fil-periklu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ħaduli l-passaport u ma jħallunix immur', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ma nistax noħroġ mid-dar, qegħdin jgħassuni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'GĦAJNUNA!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ghinuni malajr', language, kind: 'emergency', topic: 'emergency' },
  { text: 'qalli li se joqtolni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'il-ħabiba tiegħi maqfula ġewwa u qed isawtuha', language, kind: 'emergency', topic: 'emergency' },
  { text: 'oħti qed iżommuha kontra r-rieda tagħha', language, kind: 'emergency', topic: 'emergency' },
  { text: 'qed iġiegħlu tfajla, qed iweġġgħuha bħalissa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'jien maqfula go kamra u ma nistax nohrog', language, kind: 'emergency', topic: 'emergency' },
  { text: 'qed jheddu li joqtlu lill-familja tieghi jekk immur ghand il-pulizija', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ghini qed isawwatni r-ragel tieghi', language, kind: 'emergency', topic: 'emergency' },
  { text: "NIBŻA' GĦANDU SIKKINA", language, kind: 'emergency', topic: 'emergency' },
  { text: 'il-boss isawwatna u ma jħalliniex immorru d-dar', language, kind: 'emergency', topic: 'emergency' },
  { text: 'help ma jħallunix noħroġ mill-appartament', language, kind: 'emergency', topic: 'emergency' },
  { text: 'qed iġiegħluni nbigħ is-sess u ma nistax naħrab', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help qed isawtu lil sieħbi issa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'qed iżommuni magħluqa, ċemplu lill-pulizija', language, kind: 'emergency', topic: 'emergency' },
  { text: "ħadli l-mobile u sakkar il-bieb, qiegħda nibża' ħafna", language, kind: 'emergency', topic: 'emergency' },
  { text: 'xi ħadd jgħinni qed joħnoqni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'il-boyfriend qalli li se joqtolni llejla jekk ngħid lil xi ħadd', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: "naħseb li jien vittma tat-traffikar tal-bnedmin, min jista' jgħinni", language, kind: 'help', topic: 'get-help' },
  { text: 'fejn jistgħu jsibu appoġġ il-vittmi', language, kind: 'help', topic: 'get-help' },
  { text: "għandi dejn man-nies li sabuli x-xogħol u ma nafx ma' min nitkellem", language, kind: 'help', topic: 'get-help' },
  { text: "hemm xi helpline għall-vittmi f'malta", language, kind: 'help', topic: 'get-help' },
  { text: "min jista' jgħin lil ħija, qed jaħdem f'razzett u ma jħallsuhx", language, kind: 'help', topic: 'get-help' },
  { text: "nista' nikseb ghajnuna jekk m'ghandix permess ta' residenza", language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: "kif nirrapporta suspett ta' traffikar tal-bnedmin", language, kind: 'report', topic: 'report-suspicion' },
  { text: "il-cleaner tal-ġirien tidher sfruttata, fejn nista' nirrapporta", language, kind: 'report', topic: 'report-suspicion' },
  { text: "nista' nirrapporta b'mod anonimu", language, kind: 'report', topic: 'report-suspicion' },
  { text: 'nixtieq nirrapporta ristorant fejn il-ħaddiema jorqdu fil-kantina', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'lil min inkellem jekk nissuspetta xoghol furzat', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'fejn nirrapporta traffikar tan-nies hawn malta', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: "x'inhuma s-sinjali ta' xogħol furzat", language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: "x'inhu t-traffikar tal-bnedmin", language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: "liema forom ta' sfruttament hemm", language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: "il-vittmi għandhom dritt li jibqgħu f'malta jekk ikunu fil-periklu f'pajjiżhom", language, kind: 'ordinary', topic: 'victim-rights' },
  { text: "x'jigri jekk il-vittma tkun tifel jew tifla", language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'meta hi l-laqgħa li jmiss', language, kind: 'ordinary', topic: 'next-event' },
  { text: "organizzazzjonijiet f'malta li jaħdmu kontra t-traffikar", language, kind: 'ordinary', topic: 'find-members' },
  { text: 'gwidi dwar xogħol furzat u vjolenza', language, kind: 'ordinary', topic: 'find-resources' },
  { text: "kif tista' l-ngo taghna tissieheb", language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'dan iċ-chat anonimu?', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'bongu', language, kind: 'ordinary', topic: 'greeting' },
  { text: "kif nista' ngħin, nagħti donazzjoni jew insir voluntier", language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: "x'qed tagħmel l-ue kontra t-traffikar tal-bnedmin", language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'kif nikkuntattja s-segretarjat', language, kind: 'ordinary', topic: 'contact' },
];
