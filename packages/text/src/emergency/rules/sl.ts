/**
 * Slovene emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in every case, aspect and gender ending
 * (zaklenili, zaklenjena, zaprt; tepe, pretepli, pretepena), and the rules combine them.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (the strong rules). */
const ME = 'me|mene|nas|naju';
/** The writer, as object or in a state ("I am locked in"). */
const SELF = `${ME}|sem|smo|sva`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'jo|ga|njo|njega|te|tebe|sestr*|hči|hčer|hčerko|hčerka|sin|sina|sinu|sinka|brat|brata|bratu|mama|mamo|mami|mater|žena|ženo|prijatelj*|punc*|dekle|dekleta|deklico|otrok*|otroci|fant|fanta|sosed*|delavc*|delavk*|sodelav*|ljudi|nekdo';
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (papers, phone, "sledi mi"). */
const DAT = 'mi|meni|nam|ji|njej|mu|njemu|jim|moj*|naš*|njegov*|njen*|vsem';
/** That it is happening now. */
const NOW = 'zdaj|zdej|sedaj|ravno|takoj|spet|pravkar|vsak_dan|ves_čas|še_vedno';
/** Beating, kicking, slapping, choking, burning, rape, torture; present and past. */
const HARM = 'tepe|tepejo|pretepa*!|udari|udarja|udarjajo|brca|brcajo|davi|davijo|žge|žgejo|posili*|posiljuj*|otipava|nadleguj*|muči|mučijo|napade|napadajo|zlorablja*';
/** The same, done: alone a past event ("two years ago they beat me"), so a question about it silences it. */
const HARM_PAST = 'tepel*|pretepel*|pretepl*|natepel*|udaril*|brcal*|klofnil*|davil*|zadavil*|žgal*|opekel|mučil*|napadel|napadla|napadli|zabodel*|zabodla|poškodoval*|ranil*';
/** The state of having been beaten or hurt. */
const HURT = 'ranjen*|poškodovan*|pretepen*|krvavimo|krvav*|krvi';
/** Being killed, now or as a threat. */
const KILL = 'ubil*|ubije|ubijejo|ubiti|ubijem|ubit|pobil*|pobijejo|umoril*|umori|ustrelil*|ustreli|zakolje|zadavi';
/** Locked, shut, imprisoned, held, chained. */
const LOCKED = 'zaklenil*|zaklene|zaklenejo|zaklepa|zaklepajo|zaklenjen*|zaprl*|zaprt*|zapirajo|zapira|ujet*|ujeli|talec|talka|talce|ujetništvu|priklenjen*|priklenil*|zvezan*|zvezal*|privezal*|privezan*|verig*|lisic*';
/** Where someone is shut in. */
const PLACE = 'sobi|sobo|kleti|klet|stanovanju|hiši|doma|kontejner*|garaži|omari|kopalnici|celici|kletki|prtljažnik*|avtu|kombiju|tovornjaku|shrambi|skladišču|bordelu|ključem|notri|tukaj|tu';
/** Getting out. */
const OUT = 'ven|stran|pobegniti|pobegnit|uiti|oditi|odit|domov|iz_hiše|iz_stanovanja|iz_sobe';
/** Made to (work, have sex). */
const FORCE = 'silijo|sili|silil*|prisilil*|prisiljen*|prisiljujejo';
const SEX = 'seks*|spolno|prostituc*|spati|stranke|bordel*';
/** Threatening ("grozi mi" is also "I face", deportation: only with a sign of violence). */
const THREAT = 'grozi|grozijo|grozil*';
/** Weapons. */
const WEAPON = 'nož|noža|nožem|noži|palic*|bejzbol*|kij|kijem|kiji|orožje|orožjem|pištol*|revolver*|mačet*|sekir*';
/** Papers and phone, and taking them. */
const PAPERS = 'potni|potne|potnega|dokument*|osebn*|papir*|telefon*|mobi*';
const TAKEN = 'vzeli|vzel|vzela|odvzeli|odvzel|zaplenil*|ukradli|ukradel|skrili|skril|imajo|drži|držijo|ne_vrnejo|nočejo_vrniti';
/** Not being let go. */
const NOTLET = 'ne_pustijo|ne_pusti|ne_spustijo|ne_spusti|nočejo_pustiti|ne_dovolijo|ne_dovoli';
/** Cannot (get out). */
const CANNOT = 'ne_morem|ne_moremo|ne_more|ne_moreva|ne_morm|nimam_kam|nimamo_kam|ne_smem|ne_smemo|ni_mogoče|ni_možnosti|ni_šans';

export const sl: EmergencyPack = {
  rules: [
    '=na_pomoč',
    'pomagajte|pomagaj|pomagite|na_pomoč nekdo|kdorkoli|ljudje|kličem|hitro|nujno|takoj',
    'nisem_varna|nisem_varen|nismo_varni|nisem_na_varnem|smrtni_nevarnosti|nujen_primer|proti_moji_volji|proti_svoji_volji|samomor*|ubiti_se|krvavim|krvavimo|rešite|reši_me|rešite_me',
    '=pomoč|pomagajte|pomagaj|pomagite|sos|policija|policijo|help|v_nevarnosti',
    'pomoč|pomagajte|pomagaj|pomagite|sos hitro|takoj|nujno|policijo|help',
    'pomoč_zdaj|pomagajte_zdaj|takoj_zdaj',
    'sos pomoč|prosim',
    'pomoč|pomagajte|pomagaj bojim|strah',
    'naj nekdo|kdo pomaga|pomagajte|pokliče|reši',
    'pokličite|pokliči|kličite|kliči policijo|112|113|rešilca|pomoč',
    'pridite|pridi|pridte hitro|takoj|sem|prosim|nujno|pomoč',
    'razbija|tolče|trka|vdira|vlamlja vrata|vrati|vratih',
    `nevarnosti|nevarnost ${SELF}|${NOW}|življenje|pomoč|pomagajte`,
    `?nevarnosti|nevarnost ${THEM}`,
    `${HARM}|${KILL} ${ME}|${NOW}`,
    `${HARM_PAST} ${NOW}`,
    `?${HARM}|${HARM_PAST}|${KILL} ${THEM}`,
    `?${HARM_PAST} ${SELF}`,
    '?ne_diha|ne_dihajo|nezavest*|onesvešč*|ne_premika|leži_v_krvi',
    'strelja|streljajo|streljal*|ustrelil*|ustreli',
    `vdrli|vdrl|vdirajo|vdira ${WEAPON}|${NOW}`,
    'zažgal*|zažgejo|zažge|požgal* hišo|stanovanje|kontejner|avto|vrata|nas|me|mi|nam',
    `drogiral*|zdrogiral*|omamil*|omamljen*|v_pijačo|v_pijači ${DAT}|${ME}|nekaj|vrti`,
    `~dolguj*|dolg|dolga|odplač*|odslužit* ${THREAT}|naredili|ubi*|pretep*|prodali|prodajo`,
    `${KILL} hoče|hočejo|pravi|grozi|bo|bodo`,
    'zlomil|zlomili|zlomila roko|nogo|rebra|nos|čeljust|prste',
    `${HURT} ${SELF}|${NOW}|zelo|vsa|ves`,
    `?${HURT} ${THEM}`,
    `?${THREAT} ubi*|smrt*|družin*|otrok*|hčeri|sinu|nož*|pištol*|pretep*`,
    `~${THREAT} da|nam`,
    `${WEAPON} ima|imajo|drži|meri|meril|grozi|me|nas|mi|potegnil|potegnili|je|stoji|stojijo|prišel|z|s`,
    `${LOCKED} ${SELF}`,
    `?${LOCKED} ${THEM.replace('jo|ga|njo|njega|', '')}|${PLACE}|od_zunaj|rešetk*|na_ključ`,
    `držijo|drži|držali|stražijo|straži|opazujejo ${SELF} ${PLACE}|proti|silo|zaprt*|ujet*|ves_čas|pobegniti`,
    `?držijo|drži|držali|stražijo|straži|opazujejo ${THEM} ${PLACE}|proti|silo|zaprt*|ujet*|ves_čas|pobegniti`,
    '~držijo|držali|stražijo|straži|opazujejo|pazijo me|nas',
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${DAT}|${OUT}|${WHO}`,
    'spustite|spusti|izpustite|spravite|spravi|odpeljite me|nas|ven|od_tod',
    `ugrabil*!|odpeljali|odvlekli ${ME}|${NOW}`,
    'ugrabljen*_sem|sem_ugrabljen*|ugrabljen*_smo|smo_ugrabljen*',
    `?ugrabil*!|ugrabljen*|odpeljali|odvlekli ${THEM}`,
    'porinili|porinil|potisnili|vrgli|zvlekli|naložili|peljejo|pelje|vozijo me|nas|jo|ga kombi*|avto|avta|avtu|prtljažnik*|tovornjak*|ne_vem_kam',
    'prodali|prodal|prodala|prodana|prodan|prodati|kupili|kupil|kupila|kupljena|kupljen me|nas|sem|hčer|sestro|punco|otroka|otroke|dekle',
    'prodali|prodal|prodala|kupili|kupil|kupila jo|ga evrov|evre|tisoč|moškemu|nekomu|zvodniku',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|moram|moramo ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|moram|moramo ${SEX} ${THEM}`,
    `~moram|moramo|mora ${NOW}|zastonj delati|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${NOTLET}`,
    '~sledi|sledijo|sledil*!|zasleduje|zasledujejo|zasledoval*|preganja*|lovijo|lovi me|nas|jo|ga|mi|meni',
    '~našli|našel|našla|izsledili me|nas|jo|ga tukaj|pred|stojijo|stoji|prihajajo|vedo|bojim|hišo|vrati',
    'skrivam|skrivamo|skrila|skril iščejo|išče|wc|vecu|stranišču|kopalnici|omari|vrati|zunaj|lovijo|pobegnila|pobegnil|pobegnili|pred|najdejo|najde|bojim',
    '~bojim|strah ubil|ubije|najde|vrne|pretepe',
    'bojim|strah za_življenje|življenje',
    'umreti hočem|želim',
  ],
  advice: 'kdo|kaj|ali',
  except: 'zaklenil_sem_si|zaklenila_sem_si|zaklenjen_račun|račun_je_zaklenjen|zaklenjen_profil|profil_je_zaklenjen',
  calm: 'če_sem_v_nevarnosti|ko_sem_v_nevarnosti|nisem_v_nevarnosti|nisem_več_v_nevarnosti|nismo_v_nevarnosti|mi_nič_ne_grozi|nam_nič_ne_grozi',
  ask: 'žrtv*|novic*|koliko|žrtev|trgovci|kam_se_obrniti|kam_se_obrnem|komu_povedati|komu_naj|znaki|znake|znakov|prepozna*|leti|letoma|lani|odškodnin*|roman*|knjig*|film*|serij*|članek|članku|časopis*|podkast*|resnična|prijaviti|prijavim|pravice|kakšn*|kako_prepoznam|kako_prijavim|kako_lahko|kako_pomagati|trgovin*',
  filler: 'prosim hitro',
  strings: {
    call: 'Pokliči 112',
    text: 'Takoj pokličite 112. Klic je brezplačen in deluje s katerega koli telefona. Če lahko, pojdite na varno mesto.',
    victimSupport: 'Pomoč žrtvam',
    missingChildren: 'Pogrešani otroci',
  },
};
