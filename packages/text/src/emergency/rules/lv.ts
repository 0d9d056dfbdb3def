/**
 * Latvian emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in every case and gender ending (ieslēdza,
 * ieslēgta, ieslēgts; sit, piekāva, piekauta), and the rules combine them.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (the strong rules). */
const ME = 'mani|mūs';
/** The writer, as object or in a state ("I am locked in"). */
const SELF = `${ME}|esmu|esam|es|mēs`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'viņu|viņus|viņas|tevi|māsu|māsa|māsai|meitu|meita|meitai|dēlu|dēls|dēlam|brāli|brālis|brālim|mammu|mamma|māti|māte|mātei|sievu|sieva|draugu|draugs|draudzen*|meiten*|bērn*|puisi|puisis|kaimiņ*|darbiniek*|strādniek*|cilvēkus!|cilvēku|vīrieti|sievieti|kādu|brālēn*|māsīc*|tēti|tēvu|vecmāmiņu';
/** Anyone, as object. */
const WHOM = `${ME}|${THEM}`;
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (papers, phone, "seko man"). */
const DAT = 'man|mums|manai|manam|maniem|manām|viņai|viņam|viņiem|manu|mans|mana|manas|mūsu|viņas|viņa|visiem';
/** That it is happening now. */
const NOW = 'tagad|tūlīt|atkal|pašlaik|šobrīd|visu_laiku|katru_dienu|pastāvīgi';
/** Beating, kicking, choking, burning, rape, torture; present and past. */
const HARM = 'sit|sita|situ|sitīs|iesita|sasita|sasitīs|sasist*|sašāva|sašauts|sašauta|iešāva|šāva|piekauj|piekāva|piekaus|nopēra|spārda|spārdīja|iespēra|sper|žņaudz*|smacē|nosmacē|dedzina|dedzināja|apdedzin*|izvaro*|moka|mocīja|spīdzin*|uzbrūk|uzbruka|sadur*|iedūra|savaino*|ievaino*|sāpina|aiztiek|uzmācas';
/** The state of having been beaten or hurt. */
const HURT = 'ievainot*|savainot*|piekaut*|asiņoju|asiņo|asiņojam|asinīs|asiņain*';
/** Being killed, now or as a threat. */
const KILL = 'nogalin*|nonāvē*|nošau*|nošāv*|nosit*|noslepkav*|nožņaugs|nodurs';
/** Locked, shut, imprisoned, held, chained. */
const LOCKED = 'ieslēdz*|ieslēgt*|aizslēdz*|aizslēgt*|slēgt*|ieslodz*|gūstā|gūsteknē|ķīlniek*|sagūstīt*|piesiet*|piesēj*|sasēj*|aizsēj*|sasiet*|pieķēdēt*|ķēdē|ķēdēm|rokudzelž*';
/** Where someone is shut in. */
const PLACE = 'istabā|pagrabā|pagrabs|dzīvoklī|mājā|mājās|konteiner*|garāžā|skapī|kamerā|būrī|bagāžniek*|mašīnā|busiņā|noliktavā|bordelī|iekšā|šeit|te';
/** Getting out. */
const OUT = 'ārā|prom|projām|aizbēgt|izbēgt|izkļūt|aiziet|iziet|izkāpt|tikt|mājās';
/** Made to (work, have sex); not "spiests" (is someone forced to work?), nor a typo away from "piespiedu darbs". */
const FORCE = 'spiež|piespiež|piespieda!|spieda|piespiesta!|piespiests!|piespiesti!|liek|lika';
const SEX = 'seks*|prostitūc*|gulēt|klient*|bordel*|dzimumattiecīb*';
/** Threatening ("draud briesmas", danger threatens: only with a sign of violence). */
const THREAT = 'draud|draudēja|draudējis|draudot|piedraud*';
/** Weapons. */
const WEAPON = 'nazis|nazi|nazim|ierocis|ieroci|pistole|pistoli|šautene|šauteni|cirvis|cirvi';
/** Papers and phone, and taking them. */
const PAPERS = 'pase|pasi|pases|pasu|dokument*|personas_apliecīb*|telefon*|mobil*';
const TAKEN = 'atņēma|atņem|paņēma|paņem|konfiscēj*|nozaga|paslēpa|neatdod|atņemt*|paņemt*';
/** Not being let go. */
const NOTLET = 'nelaiž|neļauj|nelaida|neļāva|nepalaiž|nelaidīs|neatlaiž';
/** Cannot (get out). */
const CANNOT = 'nevaru|nevaram|nevar|netieku|netiekam|netiek|nav_kā';

export const lv: EmergencyPack = {
  rules: [
    'palīgā|glābiet|glāb_mani|dzīvības_briesmās|pret_manu_gribu|pašnāvīb*|nogalināt_sevi|nogalināšos|asiņoju|asiņojam|dara_pāri|darīja_pāri',
    '=palīgā|palīdziet|palīdzi|palidzet|palīdzība|sos|policija|glābiet|help',
    '?palīdziet|palīdzi|palidzet!|palīdzību|sos tūlīt|ātri|steidzami|policij*|help',
    'palīdziet_tagad|palīdzība_tagad|tūlīt_pat',
    'sos palīdziet|palīgā|lūdzu',
    'palīdziet|palīdzi|palidzet! bail|baidos',
    'izsauciet|izsauc|zvaniet|piezvaniet|sauciet policij*|112|ātro|ātros|palīdzību',
    'nāciet|nāc|brauciet|atbrauciet|steidzieties ātri|tūlīt|steidzami|šurp|lūdzu|palīgā',
    'klauvē|dauza|lauž|sit durvis|durvīm',
    `briesmās ${SELF}|${NOW}|dzīvība|palīgā|palīdziet`,
    `?briesmās ${THEM}`,
    `ārkārtas situācija|gadījums ${SELF}|${NOW}|man|mums|palīdziet|vajag`,
    `?ārkārtas situācija|gadījums ${THEM}`,
    `${HARM}|${KILL} ${NOW}`,
    // A question about compensation for a past beating ('vai var saņemt kompensāciju ja mani sita') is no alarm.
    `?${HARM}|${KILL} ${ME}`,
    `?${HARM}|${KILL} ${THEM}`,
    `${KILL} grib|saka|draud|solīja`,
    'salauza|lauza|salauzis roku|kāju|ribas|degunu|žokli|pirkstus',
    `${HURT} ${SELF}|${NOW}|ļoti|visa|viss`,
    `?${HURT} ${THEM}`,
    `${THREAT} nogalin*|nosit*|nāv*|ģimen*|bērn*|meit*|dēl*|naz*|pistol*|piekaus`,
    `~${THREAT} ${DAT}|${WHOM}|ka`,
    `${WEAPON} ir|viņam|viņiem|tur|tēmē|draud|mani|mūs|man|izvilka|stāv|atnāca`,
    // 'ar ieroci' is also in a question ('statistics on victims threatened with a weapon').
    `?${WEAPON} ar`,
    // A past told as a story ('years ago I was kept locked in') is a question, unless it asks for help now.
    `?${LOCKED} ${SELF}`,
    `${LOCKED} ${SELF} ${NOW}|palīgā|palīdziet|palīdzi|glābiet|112|nevaru|nevaram`,
    `?${LOCKED} ${THEM.replace('viņu|viņus|viņas|', '')}|${PLACE}`,
    `?tur|turēja|sargā|apsargā|uzrauga ${SELF} ${PLACE}|ar_varu|ieslēgt*|aizslēgt*|gūstā|visu_laiku|aizbēgt`,
    `?tur|turēja|sargā|apsargā|uzrauga ${THEM} ${PLACE}|ar_varu|ieslēgt*|aizslēgt*|gūstā|visu_laiku|aizbēgt`,
    '~tur|turēja|sargā|apsargā|uzrauga mani|mūs',
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${WHO}|${DAT}|${OUT}`,
    'izlaidiet|palaidiet|atlaidiet mani|mūs|ārā',
    `nolaupīj*!|nolaupīt*!|aizveda|aizvilka|sagrāba ${SELF}|${NOW}`,
    `?nolaupīj*!|nolaupīt*!|nozaga|aizveda|aizvilka|sagrāba ${THEM}`,
    'paņēma|sagrāba|ievilka|aizrāva|aizveda mani|mūs|viņu|bērnu|meitu|dēlu no_ielas|ar_varu|mašīn*|auto',
    'iegrūda|iemeta|iesēdināja|ievilka|ved|vedīs mani|mūs|viņu busiņ*|busu|busā|autobus*|mašīn*|auto|bagāžniek*|kravas*|furgon*|nezinu_kur',
    'pārdeva|pārdod|pārdots|pārdota|pārdos|pārdot|nopirka|nopirkts|nopirkta mani|mūs|esmu|meitu|māsu|meiteni|bērnu|bērnus|sievietes',
    'pārdeva|nopirka viņu eiro|eur|tūkstoš*|vīrietim|kādam|suteneram',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|jāstrādā|jāguļ ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|jāstrādā|jāguļ ${SEX} ${THEM}`,
    `~jāstrādā|jādara ${NOW}|par_brīvu|bez_maksas|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${NOTLET}`,
    '~seko|sekoja|vajā|vajāja|dzenas|dzinās|izseko mani|mūs|viņu|man|mums',
    '~atrada|atradīs|uzgāja mani|mūs|viņu šeit|pie|stāv|nāk|zina|bail|mājas|durvīm',
    'slēpjos|slēpjamies|paslēpos|paslēpāmies|slapstos meklē|dzenas|aizbēgu|aizbēgām|aizbēga|no|atradīs|atrod|bail',
    '~baidos|bail|baidāmies nogalinās|atradīs|sitīs|atgriezīsies|nositīs|dzīvību',
    'mirt gribu',
    // Round 3: the body failing (not breathing, unconscious), threats to the family tied to a debt,
    // being moved abroad, unable to talk with him near, not knowing where one is, a break-in, afraid with him here.
    '?neelpo|neelpojam|bez_samaņas|zaudēja_samaņu|zaudējusi_samaņu|zaudējis_samaņu|noģība|noģībusi|noģībis|pārdozēj*|nekustas|nekustās|nereaģē|nepamostas|nemostas',
    `?asiņo|asiņoja viņš|viņa|cilvēks|ļoti|daudz|stipri|zemes|${THEM}`,
    '?ģimen*|bērniem|mātei|vecākiem būs_slikti|cietīs|izrēķināsies|notiks_kaut_kas|nogalinās|nositīs',
    'ved|vedīs|aizved|aizvedīs|pārved|pārvedīs|pārveda|veš mani|mūs|viņu uz_citu_valsti|uz_ārzemēm|pāri_robežai|negribu|ar_varu',
    'nevaru_runāt|nevaru_parunāt|nevaru_zvanīt|nevaru_skaļi blakus|dzird|šeit|te|palīdz*',
    '?nezinu_kur_esmu|nezinu_kur_atrodos|nezinām_kur_esam|nezinu_kur_mēs_esam|nezinām_kur_atrodamies',
    '?ielauzās|ielaužas|laužas|mēģina_ielauzties|ielauzies mājā|dzīvoklī|iekšā|pie_manis|istabā|mājās',
    '?bail|baidos|baidāmies viņš_ir_šeit|viņi_ir_šeit|ir_šeit|ir_te|ir_klāt|nāk|atnāca|aiz_durvīm',
    'iesita|iespēra|iedūra|sita|uzbruka|draud man|mums',
    // Round 4: harm promised (nodarīs pāri), a threat at the door, being searched for.
    'nodarīs|nodarīja|nodara|darīs pāri',
    `?${THREAT} aiz_durvīm|pie_durvīm|stāv|šeit|te|ārā|${NOW}`,
    `?meklē|meklēja|medī ${ME}`,
  ],
  advice: 'kas_var|kas_man|ko|vai',
  ask: 'ko_darīt_ja|ja_redzu|pirms_gadiem|pirms_daudziem_gadiem|gadus_atpakaļ|pagājušajā_gadā|bērnībā|savu_stāstu|paziņot|ziņot|ziņoju|tiesības|kas_ir|kā_atpazīt|kā_ziņot|kā_es|kā_palīdzēt|kā_saprast|cilvēktirdzniecīb*|ziņās|ziņas|raksts|rakstā|statistik*|cik|filma|filmu|seriāl*|grāmat*|dokumentāl*|podkāst*|sods|sodu|likum*|pazīmes|apmācīb*|seminār*|konferenc*|iesakāt|ieteikt|drīkst|kompensāc*|kā_rīkoties|pieteikum*|anket*|kontā|konts|paroli|vietn*',
  calm: 'izslēgts!|izslēgta!|izslēgti!|izslēdza!|neesmu_briesmās|neesam_briesmās|nav_briesmās',
  filler: 'lūdzu please tūlīt',
  strings: {
    call: 'Zvanīt 112',
    text: 'Zvani uz 112 tūlīt. Tas ir bez maksas un darbojas no jebkura tālruņa. Ja vari, dodies uz drošu vietu.',
    victimSupport: 'Palīdzība cietušajiem',
    missingChildren: 'Pazuduši bērni',
  },
};
