/**
 * Lithuanian emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in every case and gender ending (užrakino,
 * užrakinta, užrakintas; muša, sumušė, sumušta), and the rules combine them. Folding makes "muša"
 * "musa" and "mus" (us) alike, so the words of beating are written out, never as a prefix.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (the strong rules). */
const ME = 'mane|manęs|mus|mūsų';
/** The writer, as object or in a state ("I am locked in"). */
const SELF = `${ME}|esu|esame|esam|aš|mes`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'jį|ją|juos|jas|tave|seser*|sesę|sesuo|sesut*|dukr*|sūnus|sūnų|sūnui|brol*|mama|motin*|žmona|draugas|draugą|draugė|drauges|draugai|draugus|draugo|mergina|merginos|merginas|mergait*|vaikas|vaiką|vaikai|vaikus|vaikų|vaikiną|vaikinas|kaimyn*|darbuotoj*|žmones|mamai|sesei|seseriai|draugei|draugui|vaikui|pusbrol*|pusseser*|tėtį|tėvą|vyrą|moterį|žmogų|kažką';
/** Anyone, as object. */
const WHOM = `${ME}|${THEM}`;
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (papers, phone, "grasina man"). */
const DAT = 'man|mums|jai|jam|jiems|joms|mano|mūsų|jos|jo|jų|visiems';
/** That it is happening now. */
const NOW = 'dabar|tuoj|tuojau|vėl|nuolat|kasdien|ką_tik|šiuo_metu';
/** Beating, kicking, choking, burning, rape, torture; present and past. */
const HARM = 'muša|mušė|peršovė|pašovė|šovė|šaudo|mušti|mušdavo|sumuš*|primušė|daužo|daužė|sudaužė|spardo|spardė|spyrė|spiria|trenkė|trenkia|smaug*|pasmaug*|degina|degino|nudegino|išprievartav*|prievartauja|išžagin*|žagina|tvirkina|kankina|kankino|užpuol*|puola|puolė|dūrė|subadė|sužalo*|sužeidė|skriaudžia|skriaudė|nuskriaudė';
/** The state of having been beaten or hurt. */
const HURT = 'sužeist*|sužalot*|sumušt*|subadyt*|peršaut*|pašaut*|kraujuoja|kruvin*|kraujo|kraujas';
/** Being killed, now or as a threat. */
const KILL = 'nužud*|žudo|žudys|žudyti|užmuš*|nušaus|nušovė|papjaus|papjovė|pasmaugs';
/** Locked, shut, imprisoned, held, chained ("uždarbis", earnings, is not). */
const LOCKED = 'užrakin*|uždarė|uždarytas|uždaryta|uždaryti|uždarytus|uždaro|uždarys|įkalin*|kalina|nelaisvėje|įkait*|prirakin*|surakin*|grandin*|antrankiai|surišo|surišta|surištas';
/** Where someone is shut in. */
const PLACE = 'kambaryje|kambary|rūsyje|rūsy|bute|name|namuose|konteiner*|garaže|spintoje|vonioje|kameroje|narve|bagažinėje|mašinoje|automobilyje|mikroautobuse|sunkvežimyje|sandėliuke|sandėlyje|viešnamyje|viduje|čia';
/** Getting out. */
const OUT = 'išeiti|išeit|pabėgti|pabėgt|ištrūkti|ištrūkt|išvažiuoti|išvažiuot|lauk|namo|grįžti';
/** Made to (work, have sex). */
const FORCE = 'verčia|vertė|priverčia|privertė|priverstas|priversta|priversti';
const SEX = 'seks*|lytin*|prostituc*|miegoti|klient*|viešnam*';
/** Threatening. */
const THREAT = 'grasina|grasino|grasins|grasindavo';
/** Weapons. */
const WEAPON = 'peilis|peilį|peiliu|peilio|ginklas|ginklą|ginklu|pistoletas|pistoletą|pistoletu|šautuvas|šautuvą|kirvis|kirvį';
/** Papers and phone, and taking them ("pas" alone is "at someone's"). */
const PAPERS = 'pasas|pasą|paso|pasus|pasai|dokument*|asmens_tapatyb*|telefon*|mobil*';
const TAKEN = 'atėmė|paėmė|pasiėmė|konfiskav*|pavogė|paslėpė|laiko|negrąžina|neatiduoda|atima';
/** Not being let go. */
const NOTLET = 'neleidžia|neišleidžia|neleido|neišleido|nepaleidžia|nepaleis|neleis|neišleis';
/** Cannot (get out). */
const CANNOT = 'negaliu|negalime|negali|negalim|nėra_kaip|neturiu_kaip';

export const lt: EmergencyPack = {
  rules: [
    'pavojus_gyvybei|skubus_atvejis|užrakino_duris|prieš_mano_valią|savižud*|nusižudyti|gelbėkit*|gelbėk|išgelbėkit*|kraujuoju|kraujuojam',
    '=padėkite|padėkit|padėk|pagalbos|pagalba|sos|policija|help|pavojuje',
    `pavojuje ${SELF}|${NOW}|padėkit*|gelbėkit*|pagalbos`,
    `?pavojuje ${THEM}`,
    '?padėkite|padėkit|padėk|pagalba|pagalbos|sos skubiai|greitai|greičiau|tuoj|tuojau|policij*|help',
    'pagalbos_dabar|padėkit_dabar|padėkite_dabar|dabar_pat',
    'sos padėkit*|pagalbos|prašau',
    'padėkite|padėkit|padėk|pagalbos bijau|bijom',
    'kas_nors|kažkas padėkit*|padėk|iškvieskit*|gelbėkit*',
    'kvieskit*|iškvieskit*|skambinkit*|paskambinkit* policij*|112|greitąją|pagalb*',
    'atvažiuokit*|ateikit*|atvykit*|atbėkit* skubiai|greitai|greičiau|dabar|čia|prašau|pagalb*',
    'daužo|daužosi|laužia|beldžia duris|durų',
    'gresia_pavojus|pavojus|gresia_mirtis man|mums|mano|manęs|gyvybei',
    `${HARM}|${KILL} ${NOW}`,
    // A question about compensation for a past beating is no alarm: the writer's beating is a '?' rule unless it is now.
    `?${HARM}|${KILL} ${ME}`,
    `?${HARM}|${KILL} ${THEM}`,
    `${KILL} nori|sako|grasina|žada`,
    'sulaužė|laužė ranką|koją|šonkaul*|nosį|žandikaulį|pirštus',
    `${HURT} ${SELF}|${NOW}|labai|visa|visas`,
    `?${HURT} ${THEM}`,
    `${THREAT} nužud*|užmuš*|mirt*|šeim*|vaik*|dukr*|sūn*|sumuš*`,
    // 'grasino ginklu' is also in a question ('statistics on victims threatened with a weapon').
    `?${THREAT} peil*|ginkl*`,
    `~${THREAT} ${DAT}|${WHOM}|kad`,
    `${WEAPON} turi|laiko|taiko|grasina|mane|mus|man|išsitraukė|stovi|atėjo|su`,
    // A past told as a story ('years ago I was kept locked in') is a question, unless it asks for help now.
    `?${LOCKED} ${SELF}`,
    `${LOCKED} ${SELF} ${NOW}|padėkit*|padėk|gelbėkit*|pagalbos|112|negaliu|negalime|negalim`,
    `?${LOCKED} ${THEM.replace('jį|ją|juos|jas|', '')}|${PLACE}`,
    `laiko|saugo|sergi|stebi ${SELF} ${PLACE}|prievarta|jėga|užrakint*|uždaryt*|nelaisvėje|nuolat|pabėgti`,
    `?laikė ${SELF} ${PLACE}|prievarta|jėga|užrakint*|uždaryt*|nelaisvėje|nuolat|pabėgti`,
    `?laiko|laikė|saugo|sergi|stebi ${THEM} ${PLACE}|prievarta|jėga|užrakint*|uždaryt*|nelaisvėje|nuolat|pabėgti`,
    '~laiko|laikė|saugo|sergi mane|mus',
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${WHO}|${DAT}|${OUT}`,
    'išleiskit*|paleiskit*|išleisk|paleisk mane|mus|lauk',
    `pagrobė|pagrobta|pagrobtas|pagrobti|pagrobs|išvežė|išsivežė|nusivežė ${SELF}|${NOW}`,
    `?pagrobė|pagrobta|pagrobtas|pagrobti|pagrobs|išvežė|išsivežė|nusivežė|pavogė ${THEM}`,
    `pagriebė|nutvėrė|įtempė|pagrobė ${ME}|vaiką|ją|jį gatvėje|iš_gatvės|jėga|prievarta|mašin*`,
    'įgrūdo|įmetė|įsodino|įtempė|veža|vežasi|nuveža mane|mus|ją|jį mikroautobus*|mašin*|automobil*|bagažin*|sunkvežim*|furgon*|nežinau_kur',
    'pardavė|parduota|parduotas|parduos|nupirko|nupirkta|nupirktas mane|mus|esu|dukrą|seserį|merginą|vaiką|vaikus|moteris',
    'pardavė|nupirko ją|jį eurų|eur|tūkstanč*|vyrui|kažkam|sąvadautojui',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|turiu|turime ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|turiu|turime ${SEX} ${THEM}`,
    `~turiu|turime|turi ${NOW}|veltui dirbti|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${NOTLET}`,
    '~seka|sekė|persekioja|persekiojo|vejasi|vijosi|gaudo mane|mus|ją|jį',
    '~paskui_mane|paskui_mus',
    '~surado|rado|susirado|atsekė mane|mus|ją|jį čia|prie|stovi|ateina|žino|bijau|namo|durų',
    'slepiuosi|slepiamės|pasislėpiau|pasislėpėm|slapstausi ieško|vejasi|pabėgau|pabėgome|pabėgo|nuo|ras|suras|bijau',
    'bijau|bijom gyvyb*',
    '~bijau|bijom nužudys|užmuš|ras|suras|sumuš|grįš|gyvybę',
    'mirti noriu',
    // Round 3: the body failing (not breathing, unconscious), threats to the family tied to a debt,
    // being moved abroad, unable to talk with him near, not knowing where one is, a break-in, afraid with him here, a cry next door.
    '?nekvėpuoja|nekvėpuojam|be_sąmonės|prarado_sąmonę|netekė_sąmonės|apalpo|nualpo|neatsibunda|perdozav*|blogai_kvėpuoja|sunkiai_kvėpuoja|vos_kvėpuoja|nebekvėpuoja|negali_kvėpuoti|negaliu_kvėpuoti',
    `?kraujuoja|kraujavo jis|ji|žmogus|labai|daug|stipriai|žemės|${THEM}`,
    '?šeim*|vaikams|mamai|tėvams bus_blogai|nukentės|susidoros|kažkas_atsitiks|nužudys|užmuš',
    'veš|vež|išveš|išvežti|perveš|nuveš mane|mus|ją|jį į_kitą_šalį|į_užsienį|per_sieną|nenoriu|prievarta|jėga',
    'negaliu_kalbėti|negaliu_skambinti|negaliu_garsiai šalia|girdi|čia|padėk*',
    `?nejuda|nebejuda|nereaguoja|neatsimerkia ji|jis|žmogus|tėtis|tėvas|močiutė|senelis|${THEM}`,
    '?nežinau_kur_esu|nežinau_kur_aš|nežinau_kur_esame|nežinom_kur_esam|nežinau_kur_mes',
    '?įsilaužė|įsilaužia|įsiveržė|įsiveržia|įsibrovė|laužiasi|bando_įsilaužti namus|namo|butą|bute|vidų|kambarį',
    '?baisu|bijau|bijome jis_čia|jie_čia|yra_čia|čia|ateina|atėjo|už_durų',
    'trenkė|spyrė|dūrė|smogė|užpuolė|grasina man|mums',
    // Round 4: forced to work unpaid with threats, searched for, harm promised, a threat at the door.
    `?${FORCE} dirbti|dirbt be_atlyginimo|veltui|grasina|${NOW}`,
    `?ieško|ieškojo|gaudo ${ME}|neturiu_kur`,
    `?pakenks|pakenkė|pakenkti|skriaus ${DAT}|${WHOM}`,
    `?${THREAT} už_durų|prie_durų|stovi|čia|lauke|${NOW}`,
    '?šaukia|rėkia|klykia pagalbos|gelbėkit|kaimyn*|kitame_bute|už_sienos',
  ],
  advice: 'kas_gali|kas|gali|galima|ką|ar',
  ask: 'ką_daryti_jei|jei_matau|žiniose|žinios|prieš_daug_metų|prieš_metus|prieš_kelerius_metus|pernai|vaikystėje|savo_istoriją|pranešti|pranešiu|teisės|kas_yra|kaip_atpažinti|kaip_pranešti|kaip_galiu|kaip_padėti|prekyb*|naujien*|straipsn*|statistik*|kiek|filmas|filmą|filmo|serial*|knyg*|dokumentin*|podkast*|bausmė|bausmės|įstatym*|požymiai|požymių|mokym*|seminar*|konferencij*|rekomenduo*|ar_gali_darbdavys|kompensacij*|kaip_elgtis|paraišk*|anket*|paskyr*|slaptažod*',
  calm: 'nesu_pavojuje|nesame_pavojuje|nėra_pavojaus',
  filler: 'prašau please dabar',
  strings: {
    call: 'Skambinti 112',
    text: 'Skambinkite 112 dabar. Tai nemokama ir veikia iš bet kurio telefono. Jei galite, eikite į saugią vietą.',
    victimSupport: 'Pagalba nukentėjusiesiems',
    missingChildren: 'Dingę vaikai',
  },
};
