/**
 * Bulgarian emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies
 * in Cyrillic and in the Latin letters people type on phones without a Cyrillic keyboard
 * (ш sh, щ sht, ж zh or j, ъ a or u, я ya or q); the rules combine them. Folding turns й into и.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (the strong rules). */
const ME = 'ме|мен|мене|нас|ни|me|men|mene|nas|ni';
/** The writer, as object or in a state ("I am locked in"). */
const SELF = `${ME}|съм|сме|sam|sum|sme`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'я|го|него|нея|тях|ги|сестр*|дъщеря|дъщерята|син|сина|брат*|майка|мама|жена|жената|съпругата|приятел*|момич*|дете|детето|деца|децата|момче*|съсед*|работник*|хората|жените|жени|колег*|някой|ya|q|go|nego|neya|sestra|dashterya|dushterya|brat|maika|mama|jena|zhena|priyatel*|priqtel*|momiche*|dete*|deca|detsa|sina|nyakoi|koleg*';
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (papers, phone). */
const DAT = 'ми|мен|нас|ни|му|им|моя|моите|моето|нашите|mi|ni|mu|im|moya|moite';
/** That it is happening now. */
const NOW = 'сега|в_момента|веднага|пак|отново|постоянно|всеки_ден|sega|v_momenta|vednaga|pak|otnovo';
/** Beating, kicking, slapping, choking, rape, torture; present and past; Latin letters last. */
const HARM = 'бие|бият|пребива*!|налага|налагат|удря|удрят|рита|ритат|шамаросва*|души|душат|задушава|изнасил*|насилва*!|опипва*|нарани*|наранява*|измъчва*|тормози*|малтретира*|напада|нападат|bie|biyat|biqt|biat|prebiva*!|udrya|udryat|ritat|dushi|dushat|iznasil*|nasilva*!|narani*|naranyava*|izmachva*|tormozi*';
/** The same, done: alone a past event ("two years ago they beat me"), so a question about it silences it. */
const HARM_PAST = 'биеше|биеха|преби|пребиха|пребил*|набил*|набиха|удари|удариха|удрял*|ритаха|ритна*|зашлеви|душеше|удуши*|нападна*|наръга*|намушка*|прободе|пореза|bieshe|prebi|prebiha|udari|udariha|ritna*|udushi*|napadna*|naraga*|namushka*';
/** The state of having been beaten or hurt. */
const HURT = 'ранен*|наранен*|пребит*|кърв*|кръв|ranen*|naranen*|prebit*|karv*|kurvya|kurvi';
/** Being killed, now or as a threat. */
const KILL = 'убие|убият|убива*|убия|убиха|уби|убил*|избият|избие|избиха|заколи|застреля*|утрепе|утрепят|ubie|ubiyat|ubiqt|ubiat|ubiva*|ubiha|izbiyat|zastrelya*|utrepe';
/** Locked, shut, imprisoned, held, chained ("заключение", a conclusion, and "затвор", prison, are not). */
const LOCKED = 'заключен|заключена|заключени|заключено|заклучен*|заключиха|заклучиха|заключи|заключил*|заключва*|затворен*!|затвориха|затварят|затваря|задържан*|пленен*|пленник*|в_плен|заложни*|вързан*|вързаха|окован*|верига|вериги|белезници|zaklyuch*|zakliuch*|zaklucen*|zatvoren*|zatvoriha|zadarjan*|zadurzhan*|zadarzhan*|vurzan*|varzan*';
/** Where someone is shut in. */
const PLACE = 'стаята|стая|мазе*|апартамент*|къщата|вкъщи|контейнер*|гараж*|гардероба|банята|килия|клетка|багажника|колата|буса|камиона|килера|склада|ключ|вътре|тук|staya*|mazeto|apartamenta|kashtata|kushtata|vkashti|bagajnika|bagazhnika|kolata|kamiona|tuk|vatre|vutre';
/** Getting out. */
const OUT = 'изляз*|излез*|избяга*|бягам|напусна|напуснем|тръгна|тръгнем|вкъщи|izlyaza|izlqza|izleza|izbyaga*|izbiaga*|izbqga*|napusna|trugna|tragna';
/** Made to (work, have sex); not "принудителен" or "принуждаването", the words of an ordinary question. */
const FORCE = 'принуждава|принуждават|принуждаваха|принуждаваше|принуди|принудиха|принудил*|принуден|принудена|принудени|карат|кара|накараха|накара|prinuzhdava|prinuzhdavat|prinujdavat|prinudiha|prinuden*|nakaraha';
const SEX = 'секс*|проститу*|спя|спи|клиент*|публичен|seks*|prostitu*|spya|spq';
/** Threatening. */
const THREAT = 'заплаш*|заканва*|zaplash*';
/** Weapons. */
const WEAPON = 'нож|ножа|ножове|бухалк*|тояг*|палк*|buhalk*|оръжие|оръжието|пистолет*|револвер*|мачете|брадва|пушка|noj|nozh|noja|nozha|orajie|oruzhie|pistolet*';
/** Papers and phone, and taking them. */
const PAPERS = 'паспорт*|документ*|лична*_карта|телефон*|мобилн*|pasport*|dokument*|telefon*|lichna_karta';
const TAKEN = 'взеха|взе|прибраха|прибра|събраха|задържаха|задържа|взимат|pribraha|sabraha|отнеха|отне|откраднаха|скриха|конфискува*|държат|държи|не_връщат|vzeha|vze|otneha|otkradnaha|skriha|darzhat|durzhat';
/** Letting go ("не ме пускат": the "не" is apart). */
const LET = 'пускат|пуска|пуснат|пусне|пускаха|puskat|puska|pusnat|pusne';
/** Carrying someone off (the passive "отвлечени" needs "съм": "news of abducted children" is not). */
const ABDUCT = 'отвлякоха|отвлече|отвлякъл*|отведоха|откараха|отвлякла|похитиха|otvlyakoha|otvlekoha|otvlqkoha|pohitiha';
/** A cry for help. */
const CRY = 'помощ|помош|помогнете|помогни|pomosh*|pomost|pomogni|pomognete';
/** Cannot (get out). */
const CANNOT = 'не_мога|не_мож*|немога|нямам_как|ne_moga|ne_mozhem|ne_moje|ne_mozhe|nemoga|nyamam_kak|nqmam_kak|няма_как|нямам_накъде|нямаме_накъде|nyama_kak';

export const bg: EmergencyPack = {
  rules: [
    'не_мога_да_дишам|ne_moga_da_disham|не_съм_в_безопасност|не_сме_в_безопасност|ne_sam_v_bezopasnost|животът_ми_е_в_опасност|против_волята_ми|спешен_случай|самоуби*|кървя|кървим|спасете|спаси_ме|v_opasnost|samoubi*|spasete|spasi_me',
    `=в_опасност|${CRY}|помагайте|pomagaite|полиция|pomo6t|sos|politsiya|policia|help`,
    `${CRY} бързо|веднага|спешно|полиция|burzo|barzo|vednaga|speshno|spesno|help|policia|politsiya`,
    'sos pomosht|pomogni|pomognete|помощ|помогнете|моля|molya',
    `${CRY} страх|страхувам|strah`,
    'някой|nyakoi|nqkoi помогне|помогнете|извика|обади|спаси|pomogne|pomognete|izvika',
    'обадете|обади|извикайте|извикай|викайте|повикайте|obadete|izvikaite полиция|полицията|112|линейка|бърза_помощ|politsiya|policia|policiq|politsiyata',
    'елате|ела|идвайте|elate|ela бързо|веднага|спешно|тук|моля|помощ|burzo|barzo|vednaga|tuk',
    'блъска|удря|разбива|чупи вратата|врата|vratata',
    `опасност|opasnost ${SELF}|${NOW}|живот|zhivot|помощ|помогнете|pomosht`,
    `?опасност|opasnost ${THEM}`,
    `${HARM}|${KILL} ${ME}|${NOW}`,
    `${HARM_PAST} ${NOW}`,
    `?${HARM}|${HARM_PAST}|${KILL} ${THEM}`,
    `?${HARM_PAST} ${SELF}`,
    '?не_диша|не_дишат|в_безсъзнание|не_мърда|лежи_в_кръв|ne_disha|v_bezsaznanie',
    'гърлото|гърло|garloto|gurloto стиска*|стискат|души|хвана|хвана*|държи|stiska*|dushi|hvana*',
    'стреля|стрелят|стреляха|стрелял*|простреля*|strelya|strelyat',
    'запалиха|запали|подпалиха|подпали|zapaliha|podpaliha къщата|апартамента|контейнера|колата|вратата|ни|ме|нас|ми|ni|me',
    `дрогира*|упои*|в_питието|в_чашата|v_pitieto ${DAT}|${ME}|нещо|свят|neshto`,
    `~дължа|дължим|дълг|дълга|изработя|изработим|dalzha|dalg ${THREAT}|направят|убият|пребият|продадат`,
    `${KILL} иска|искат|каза|казва|заплашва|ще|iska|iskat|kaza|shte`,
    'счупи|счупиха|счупил*|потроши*|schupi|schupiha ръката|ръка|крака|крак|ребра|ребрата|носа|челюстта|пръстите|rakata|ruka|raka|kraka',
    `${HURT} ${SELF}|${NOW}|много|цялата|целия|mnogo`,
    `?${HURT} ${THEM}`,
    `?${THREAT} уби*|смърт*|семейство*|децата|дъщеря|сина|нож*|пистолет*|пребие|ubi*|semeistvo*`,
    `~${THREAT} ме|нас|ни|че|me|nas|ni|che`,
    'горят|изгориха|изгаря*|палят|пали|опари* цигар*|ютия|вряла|tsigar*|cigar* ме|нас|ни|я|го|me|nas|ni',
    `${WEAPON} има|имат|държи|цели|заплашва|ме|мен|нас|ни|извади|насочи*|стои|стоят|дойде|с|ima|imat|darzhi|me|men|nas|s`,
    `${LOCKED} ${SELF}`,
    `?${LOCKED} ${THEM.replace('я|го|него|нея|тях|ги|', '').replace('|ya|q|go|nego|neya|', '|')}|${PLACE}|отвън|решетк*|otvan|reshetk*`,
    'затворник|затворничка|заложник|заложничка|роб|робиня|zatvornik|zalozhnik съм|сме|ме|ни|тук|sam|sme|tuk',
    `държат|държи|държаха|пазят|пази|наблюдават|охраняват|darzhat|durzhat ${SELF} ${PLACE}|насила|заключен*|затворен*!|постоянно|избягам|nasila`,
    `?държат|държи|държаха|пазят|пази|наблюдават|охраняват|darzhat|durzhat ${THEM} ${PLACE}|насила|заключен*|затворен*!|постоянно|избягам|nasila`,
    '~държат|държаха|пазят|наблюдават|охраняват|darzhat|durzhat ме|нас|ни|me|nas|ni',
    'насила|против_волята|nasila задържан*|държат|държи|ми|го|darzhat',
    `~${CANNOT} ${OUT}`,
    `~не|ne ${LET} ме|нас|ни|me|nas|ni|${OUT}`,
    `~не|ne дават|позволяват|разрешават|davat да|da ${OUT}|обадя|излиза*|izliza*`,
    'пуснете|пусни|измъкнете|измъкни|изведете|pusnete|pusni|izmaknete ме|ни|нас|me|ni|nas|оттук',
    `${ABDUCT} ${ME}|${NOW}`,
    `${ABDUCT}|отвлечен*|похитен*|otvlechen* съм|сме|sam|sme|${NOW}`,
    `?${ABDUCT}|отвлечен*|похитен*|otvlechen* ${THEM}`,
    'набутаха|напъхаха|хвърлиха|качиха|вкараха|карат|возят|откарват|nabutaha|kachiha|vkaraha ме|ни|нас|я|го|me|ni|nas бус*|кола|колата|багажник*|камион*|микробус*|не_знам_къде|bus|kola|kolata|bagajnik*|kamion*|ne_znam_kade|ne_znam_kude',
    `местят|преместят|преместват|откарат|изпратят|пратят|пращат|прехвърлят|изведат|mestyat|mestqt|premestyat|prashtat|izpratyat ${ME}|я|го|ya|go държава|чужбина|граница*|друг_град|darzhava|durzhava|chuzhbina|granitsa*`,
    'продадоха|продаде|продаден*|продават|купиха|купи|купен|купена|prodadoha|prodade|kupiha ме|нас|ни|съм|дъщеря|сестра|момиче|дете|деца|жени|me|nas|ni|sam',
    'продадоха|продаде|купиха|купи|prodadoha|kupiha я|го|ya|go евро|лева|хиляди|мъж|някой|сводник|evro|leva|hilyadi',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|трябва|tryabva ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|трябва|tryabva ${SEX} ${THEM}`,
    `~трябва|tryabva ${NOW}|безплатно|без_пари|bez_pari работя|работим|rabotya|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${LET}`,
    '~следи|следят|преследва*|гони|гонят|sledi|sledyat|presledva*|gonyat ме|нас|ни|я|го|мен|me|nas|ni',
    '~след_мен|след_нас|sled_men',
    '~намериха|намери|откриха|проследиха|namerih* ме|нас|ни|я|го|me|nas|ni тук|пред|стоят|стои|идват|знаят|страх|къщата|вратата|tuk|pred',
    'крия|крием|скрих|скрихме|скрила|скрил|kriya|kriq|krih|skrih навън|отвън|пред|вън|идва|влезе|navan|otvan|vun|търсят|търси|гонят|избягах|избягахме|избяга|от|намерят|намери|страх|tarsyat|tursyat|izbyagah|ot|strah',
    'страх|страхувам|боя|strah живота|живот|zhivota|zhivot|jivota|jivot',
    '~страх|страхувам|боя|strah убие|убият|намери|намерят|върне|бие|пребие|ubie|nameri',
    'умра|umra искам|iskam',
  ],
  advice: 'кой|какво|ли|koi|kakvo|li',
  calm: 'не_съм_в_опасност|не_сме_в_опасност|вече_не_съм_в_опасност|ако_съм_в_опасност|ако_си_в_опасност|ако_сте_в_опасност|нищо_не_ме_заплашва|ne_sam_v_opasnost|ne_sum_v_opasnost|ako_sam_v_opasnost',
  ask: 'жертв*|новин*|колко|опасност_ли|на_кого|кого_да|преди_години|преди_няколко_години|преди_две_години|преди_година|миналата_година|обезщетени*|роман*|книг*|филм*|сериал*|статия|статии|вестник*|подкаст*|истинска|данни|статистик*|разпозная|разпознае|signal*|съобщя|съобщи|сигнал*|права|къде_да|как_да_разбера|как_да_съобщя|как_да_помогна|как_мога|трафик*|нормално|признац*|ли_ги',
  filler: 'моля molya molia molq ми mi те te бързо burzo',
  strings: {
    call: 'Обадете се на 112',
    text: 'Обадете се веднага на 112. Безплатно е и работи от всеки телефон. Ако можете, отидете на безопасно място.',
    victimSupport: 'Помощ за пострадали',
    missingChildren: 'Изчезнали деца',
  },
};
