/**
 * Irish (ga) messages as people type them on a phone: with and without the síneadh fada, learner
 * slips, a word of English ("boss", "please help"); ordinary questions that say "cabhair", "i mbaol",
 * "faoi ghlas", "éigeantach" or "foréigean" without anyone being in danger.
 * Held out: never read while tuning the detector, the packs or the scoring.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'ga';

/** Irish holdout cases: 14 emergencies, 4 asking for help, 4 reports, 10 ordinary questions. */
export const HOLDOUT_GA: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'tá siad do mo thabhairt áit éigin i gcarr, níl a fhios agam cá háit, cabhair', language, kind: 'emergency', topic: 'emergency' },
  { text: 'buaileann siad muid mura n-oibrimid, ba mhaith liom ealu as seo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'níl sé de mhisneach agam dul amach, tá siad taobh amuigh den doras', language, kind: 'emergency', topic: 'emergency' },
  { text: 'CABHRAIGH LIOM', language, kind: 'emergency', topic: 'emergency' },
  { text: 'glaoigh ar 112 dom le do thoil', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tá mo chol ceathrair faoi ghlas ag a fear céile agus buaileann sé í', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tá bean ag screadach san árasán béal dorais, tá sé á bualadh', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tá gunna aige agus tá sé ag bagairt orm', language, kind: 'emergency', topic: 'emergency' },
  { text: 'cabhair sainnithe anseo', language, kind: 'emergency', topic: 'emergency' },
  { text: 'diolfaidh siad me le fear eigin amarach cabhair', language, kind: 'emergency', topic: 'emergency' },
  { text: "d'éalaigh mé uathu ach tá siad sa tóir orm anois", language, kind: 'emergency', topic: 'emergency' },
  { text: 'sábháil mé', language, kind: 'emergency', topic: 'emergency' },
  { text: 'bhuail an boss mo chara go dona agus ní ligfidh siad dó imeacht', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ta se ag bagairt go ngortoidh se mo phaiste ma ghlaoim ar dhuine ar bith', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'teastaíonn tacaíocht uaim, baineadh mí-úsáid asam i mo sheanphost', language, kind: 'help', topic: 'get-help' },
  { text: 'cé a chabhraíonn le daoine a mealladh anseo le tairiscintí poist bréagacha', language, kind: 'help', topic: 'get-help' },
  { text: "an bhfuil dídean ann d'íospartaigh gáinneála", language, kind: 'help', topic: 'get-help' },
  { text: 'ceapann mo chara gur íospartach í, cá bhfaighidh sí comhairle', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'chonaic mé rud amhrasach ar shuíomh tógála, cé leis a labhróidh mé', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'cén t-eolas ba chóir dom a thabhairt nuair a dhéanaim tuairisc', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'conas fostóir a thuairisciú atá ag dúshaothrú oibrithe eachtracha', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'gáinneáil a thuairisciú', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'an ionann gáinneáil ar dhaoine agus smuigleáil daoine', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'an gáinneáil í an déirceoireacht éigeantach freisin', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'cad iad na comharthaí rabhaidh ba chóir dom a thabhairt faoi deara', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'an féidir le híospartach cúiteamh a fháil', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'cad é ardán na sochaí sibhialta de chuid an ae', language, kind: 'ordinary', topic: 'about-platform' },
  { text: 'an féidir le cumann beag áitiúil a bheith ina bhall', language, kind: 'ordinary', topic: 'who-can-join' },
  { text: 'cé chomh minic a thagann baill an ardáin le chéile', language, kind: 'ordinary', topic: 'platform-meetings' },
  { text: 'an bhfuil tuarascálacha agaibh faoi fhoréigean i gcoinne imirceach', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'go raibh maith agat as an gcabhair', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'ba mhaith liom labhairt le duine daonna', language, kind: 'ordinary', topic: 'contact' },
];
