/**
 * Maltese (mt) messages as people type them on a phone: with ċ ġ għ ħ ż and, just as often, with
 * plain c g gh h z; English words mixed in ("boss", "mobile", "please", "helpline"); ordinary
 * questions that say "għajnuna", "periklu", "vjolenza" or "furzat" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'mt';

/** Maltese holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_MT: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: "qed jeħduni x'imkien bil-karozza ma nafx fejn, għajnuna", language, kind: 'emergency', topic: 'emergency' },
  { text: 'isawtuna jekk ma nahdmux, irrid nitlaq minn hawn', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ma nazzardax noħroġ, qegħdin barra l-bieb', language, kind: 'emergency', topic: 'emergency' },
  { text: 'GĦINUNI', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ċemplu 112 għalija jekk jogħġbok', language, kind: 'emergency', topic: 'emergency' },
  { text: 'il-kuġina tiegħi r-raġel tagħha jżommha maqfula u jsawwatha', language, kind: 'emergency', topic: 'emergency' },
  { text: "qed tgħajjat mara fl-appartament ta' ħdejna, qed isawwatha", language, kind: 'emergency', topic: 'emergency' },
  { text: 'għandu pistola u qed jheddidni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ghinuni jien maqbuda', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ghada se jbighuni lil xi ragel ghinuni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ħrabt minnhom imma qed jiġru warajja, please', language, kind: 'emergency', topic: 'emergency' },
  { text: 'salvawni', language, kind: 'emergency', topic: 'emergency' },
  { text: 'il-boss sawwat lil sieħbi u ma jħalluhx jitlaq', language, kind: 'emergency', topic: 'emergency' },
  { text: "qed jhedded li jwegga' lit-tifel tieghi jekk incempel lil xi hadd", language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: "għandi bżonn appoġġ, kienu jisfruttawni fix-xogħol ta' qabel", language, kind: 'help', topic: 'get-help' },
  { text: "min jgħin lin-nies li ġabuhom hawn b'offerti ta' xogħol foloz", language, kind: 'help', topic: 'get-help' },
  { text: 'hemm shelter għall-vittmi tat-traffikar', language, kind: 'help', topic: 'get-help' },
  { text: "il-ħabiba tiegħi taħseb li hi vittma, fejn tista' tieħu parir", language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'rajt xi ħaġa suspettuża fuq sit tal-kostruzzjoni, lil min ngħid', language, kind: 'report', topic: 'report-suspicion' },
  { text: "x'informazzjoni għandi nagħti meta nirrapporta", language, kind: 'report', topic: 'report-suspicion' },
  { text: 'kif nirrapporta employer li qed jisfrutta ħaddiema barranin', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'nirrapporta traffikar', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'it-traffikar u l-kuntrabandu tal-migranti huma l-istess ħaġa?', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: "iż-żwieġ furzat huwa forma ta' traffikar?", language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: "x'għandi ninnota biex nagħraf vittma", language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: "il-vittma tista' tieħu kumpens?", language, kind: 'ordinary', topic: 'victim-rights' },
  { text: "x'inhi l-pjattaforma tas-soċjetà ċivili tal-ue", language, kind: 'ordinary', topic: 'about-platform' },
  { text: "għaqda żgħira lokali tista' ssir membru?", language, kind: 'ordinary', topic: 'who-can-join' },
  { text: "kemm-il darba tiltaqa' l-pjattaforma", language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'għandkom rapporti dwar vjolenza kontra l-migranti', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'grazzi tal-għajnuna', language, kind: 'ordinary', topic: 'greeting' },
  { text: "nixtieq nitkellem ma' persuna vera", language, kind: 'ordinary', topic: 'contact' },
];
