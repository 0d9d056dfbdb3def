/**
 * Irish (ga) messages as people type them on a phone: with and without the síneadh fada, learner
 * slips, a word of English ("boss", "please help"); ordinary questions that say "cabhair", "i mbaol",
 * "faoi ghlas", "éigeantach" or "foréigean" without anyone being in danger.
 */
import type { MultilingualCase } from '../multilingual-case.ts';

const language = 'ga';

/** Irish tune cases: 24 emergencies, 6 asking for help, 6 reports, 14 ordinary questions. */
export const TUNE_GA: readonly MultilingualCase[] = [
  // In danger now: first person, third person, threats, very short; some typed without diacritics.
  { text: 'chuir siad faoi ghlas mé', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tá sé do mo bhualadh', language, kind: 'emergency', topic: 'emergency' },
  { text: 'cabhraigh liom le do thoil tá mé i mbaol', language, kind: 'emergency', topic: 'emergency' },
  { text: 'thóg siad mo phas agus ní ligfidh siad dom imeacht', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ní féidir liom an teach a fhágáil, bíonn siad ag faire orm an t-am ar fad', language, kind: 'emergency', topic: 'emergency' },
  { text: 'CABHAIR!!', language, kind: 'emergency', topic: 'emergency' },
  { text: 'sos', language, kind: 'emergency', topic: 'emergency' },
  { text: 'cabhair go tapa', language, kind: 'emergency', topic: 'emergency' },
  { text: 'deir se go maroidh se me', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tá mo chara faoi ghlas agus tá siad á bualadh', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tá mo dheirfiúr á coinneáil acu in aghaidh a tola', language, kind: 'emergency', topic: 'emergency' },
  { text: 'tá siad ag cur iallach ar chailín, tá siad á gortú anois', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ta me faoi ghlas i seomra agus ni feidir liom ealu', language, kind: 'emergency', topic: 'emergency' },
  { text: 'ta siad ag bagairt mo theaghlach a mharu ma theim chuig na gardai', language, kind: 'emergency', topic: 'emergency' },
  { text: 'cabhraig liom ta se ag briseadh an dorais isteach', language, kind: 'emergency', topic: 'emergency' },
  { text: 'TÁ EAGLA ORM TÁ SCIAN AIGE', language, kind: 'emergency', topic: 'emergency' },
  { text: 'buaileann an boss muid agus ní ligtear dúinn dul abhaile', language, kind: 'emergency', topic: 'emergency' },
  { text: 'cabhair, ní ligfidh siad amach as an árasán mé', language, kind: 'emergency', topic: 'emergency' },
  { text: 'cuireann siad iallach orm gnéas a dhíol agus ní féidir liom éalú', language, kind: 'emergency', topic: 'emergency' },
  { text: 'please help tá siad ag bualadh mo chara anois', language, kind: 'emergency', topic: 'emergency' },
  { text: 'táim do mo choinneáil i ngéibheann, glaoigh ar na gardaí', language, kind: 'emergency', topic: 'emergency' },
  { text: "thóg sé m'fhón agus chuir sé glas ar an doras, tá an-eagla orm", language, kind: 'emergency', topic: 'emergency' },
  { text: 'duine éigin cabhraigh liom tá sé do mo thachtadh', language, kind: 'emergency', topic: 'emergency' },
  { text: 'deir mo bhuachaill go maróidh sé mé anocht má insím do dhuine ar bith', language, kind: 'emergency', topic: 'emergency' },
  // Asking for help or support, with no immediate danger.
  { text: 'ceapaim gur íospartach gáinneála ar dhaoine mé, cé atá in ann cabhrú liom', language, kind: 'help', topic: 'get-help' },
  { text: 'cá bhfaigheann íospartach tacaíocht', language, kind: 'help', topic: 'get-help' },
  { text: 'tá fiacha orm leis na daoine a fuair an post dom agus níl a fhios agam cé leis ar chóir dom labhairt', language, kind: 'help', topic: 'get-help' },
  { text: "an bhfuil líne chabhrach ann d'íospartaigh in éirinn", language, kind: 'help', topic: 'get-help' },
  { text: 'cé a chabhródh le mo dheartháir, tá sé ag obair ar fheirm gan phá', language, kind: 'help', topic: 'get-help' },
  { text: 'an féidir liom cabhair a fháil mura bhfuil cead cónaithe agam', language, kind: 'help', topic: 'get-help' },
  // Wanting to report a suspected case.
  { text: 'conas is féidir liom amhras faoi gháinneáil ar dhaoine a thuairisciú', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'is cosúil go bhfuil glantóir mo chomharsan á dhúshaothrú, cá háit a dtuairiscím é sin', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'an féidir é a thuairisciú go hanaithnid', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'ba mhaith liom bialann a thuairisciú ina gcodlaíonn na hoibrithe san íoslach', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'cé leis a ndéanfainn teagmháil má cheapaim go bhfuil saothar éigeantach i gceist', language, kind: 'report', topic: 'report-suspicion' },
  { text: 'cá dtuairiscítear gáinneáil ar dhaoine in éirinn', language, kind: 'report', topic: 'report-suspicion' },
  // Ordinary questions; some use words an emergency detector must not fire on in this sense.
  { text: 'conas a aithním go bhfuil iallach ar dhuine obair a dhéanamh nó go bhfuil sé faoi ghlas ag an obair', language, kind: 'ordinary', topic: 'signs-of-trafficking' },
  { text: 'cad is brí le gáinneáil ar dhaoine', language, kind: 'ordinary', topic: 'what-is-trafficking' },
  { text: 'cad iad na cineálacha dúshaothraithe atá ann', language, kind: 'ordinary', topic: 'forms-of-exploitation' },
  { text: 'an bhfuil sé de cheart ag íospartaigh fanacht sa tír má tá siad i mbaol ina dtír féin', language, kind: 'ordinary', topic: 'victim-rights' },
  { text: 'cad a tharlaíonn má tá an t-íospartach ina pháiste', language, kind: 'ordinary', topic: 'child-victims' },
  { text: 'cathain atá an chéad chruinniú eile', language, kind: 'ordinary', topic: 'next-event' },
  { text: 'eagraíochtaí in éirinn a oibríonn i gcoinne na gáinneála', language, kind: 'ordinary', topic: 'find-members' },
  { text: 'treoracha faoi shaothar éigeantach agus foréigean', language, kind: 'ordinary', topic: 'find-resources' },
  { text: 'conas is féidir lenár n-eagraíocht a bheith ina ball den ardán', language, kind: 'ordinary', topic: 'how-to-join' },
  { text: 'an bhfuil an comhra seo anaithnid', language, kind: 'ordinary', topic: 'privacy' },
  { text: 'dia duit', language, kind: 'ordinary', topic: 'greeting' },
  { text: 'conas is féidir liom cabhrú, síntiús a thabhairt nó obair dheonach a dhéanamh', language, kind: 'ordinary', topic: 'support-the-cause' },
  { text: 'cad atá an ae a dhéanamh i gcoinne gáinneáil ar dhaoine', language, kind: 'ordinary', topic: 'eu-policy' },
  { text: 'conas a dhéanaim teagmháil leis an rúnaíocht', language, kind: 'ordinary', topic: 'contact' },
];
