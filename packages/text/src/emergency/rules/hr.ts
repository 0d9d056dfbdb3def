/**
 * Croatian emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in every case, aspect and gender ending
 * (zaključali, zaključana, zatvoren; tuče, pretukli, pretučena), and the rules combine them.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (the strong rules). */
const ME = 'me|mene|nas';
/** The writer, as object or in a state ("I am locked in"). */
const SELF = `${ME}|sam|smo`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'ju|ga|njega|nju|njih|ih|te|tebe|sestr*|kći|kćer|kćerku|kćeri|kćerka|sin|sina|sinu|brat|brata|bratu|mama|mamu|mami|majk*|žena|ženu|supruga|suprugu|prijatelj*|cura|curu|cure|djevojk*|djevojčic*|dijete|djeteta|djecu|djeca|dečk*|momka|susjed*|radnic*|radnik*|koleg*|ljude|ljudi|netko';
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (papers, phone). */
const DAT = 'mi|meni|nam|joj|njoj|mu|njemu|im|moj*|naš*|njegov*|njezin*|njen*|svima';
/** That it is happening now. */
const NOW = 'sad|sada|upravo|odmah|opet|stalno|baš|svaki_dan|i_dalje';
/** Beating, kicking, slapping, choking, burning, rape, torture; present and past. */
const HARM = 'tuče|tuku|mlati|mlate|bije|biju|udara|udaraju|šamara|šutira|šutiraju|davi|dave|guši|guše|siluje|siluju|napastvuj*|zlostavlja*|muči|muče|napada|napadaju|ozlijedi*|ozljeđuj*|maltretira*';
/** The same, done: alone a past event ("two years ago they beat me"), so a question about it silences it. */
const HARM_PAST = 'tukao|tukla|tukli|istukao|istukla|istukli|pretukao|pretukla|pretukli|prebio|prebili|prebila|mlatio|udario|udarila|udarili|udarali|ošamario|ošamarila|šutnuo|davio|zadavio|gušio|silovao|silovali|mučio|mučili|napao|napala|napali|izbo|izbola|izboli|ranio|ranili';
/** The state of having been beaten or hurt. */
const HURT = 'ozlijeđen*|ranjen*|pretučen*|silovan*|krvarim|krvari|krvarimo|krvav*|krvi';
/** Being killed, now or as a threat. */
const KILL = 'ubit*|ubije|ubiju|ubio|ubila|ubili|ubijem|pobiti|pobit|pobiju|umorit*|ustrijeli*|zaklati|zakolje|zadaviti|izbost*|izbod*|probost*|probod*';
/** Locked, shut, imprisoned, held, chained (not "zaključak", a conclusion; not "vezano za", about). */
const LOCKED = 'zaključali|zaključao!|zaključala!|zaključan*!|zaključava*!|zatvorili|zatvorio|zatvorila|zatvoren*!|zatvaraju|zatvara|zatočen*|zarobljen*|zarobili|zarobio|taoc*|talac|vezana|vezan|vezani|vezali|vezao|svezali|zavezan*|svezan*|privezal*|privezan*|lanc*|lisic*';
/** Where someone is shut in. */
const PLACE = 'sobi|sobu|podrumu|podrum|stanu|kući|kontejner*|garaži|ormaru|kupaonici|ćeliji|kavezu|prtljažnik*|autu|kombiju|kamionu|ostavi|skladištu|bordelu|ključem|unutra|ovdje|tu';
/** Getting out. */
const OUT = 'van|pobjeći|pobjeć|otići|izaći|izići|kući|doma';
/** Made to (work, have sex). */
const FORCE = 'tjeraju|tjera|tjerao|tjerali|natjerao|natjerali|natjerala|prisiljava|prisiljavaju|prisiljavao|prisiljavali|prisilio!|prisilili!|prisiljen!|prisiljena!|prisiljeni!';
const SEX = 'seks*|spolni|prostituc*|spavati|spavam|klijent*|bordel*';
/** Threatening ("prijeti opasnost", danger threatens: only with a sign of violence). */
const THREAT = 'prijeti|prijete|prijetio|prijetili|prijeteći';
/** Weapons. */
const WEAPON = 'nož|noža|nožem|oružje|oružjem|pištolj*|revolver*|mačet*|sjekir*|puška|pušku|puškom';
/** Papers and phone, and taking them. */
const PAPERS = 'putovnic*|pasoš*|dokument*|osobn*|papir*|telefon*|mobitel*|mobač';
const TAKEN = 'uzeli|uzeo|uzela|oduzeli|oduzeo|oduzela|ukrali|ukrao|sakrili|sakrio|drže|drži|ne_vraćaju|ne_žele_vratiti|zaplijenili';
/** Not being let go. */
const NOTLET = 'ne_puštaju|ne_pušta|ne_puste|ne_pusti|ne_daju|ne_da|ne_dozvoljavaju|ne_dopuštaju|neće_pustiti';
/** Cannot (get out). */
const CANNOT = 'ne_mogu|nemogu|ne_možemo|ne_može|nemam_kamo|ne_smijem|ne_smijemo';

export const hr: EmergencyPack = {
  rules: [
    'upomoć|životnoj_opasnosti|hitan_slučaj|protiv_moje_volje|protiv_svoje_volje|samoubojstv*|ubiti_se|ubit_ću_se|krvarim|krvarimo|spasite|spasi_me',
    '=pomoć|pomozite|pomozi|pomozte|sos|policija|policiju|help|u_opasnosti',
    'pomoć|pomozite|pomozi|pomozte|sos brzo|odmah|hitno|policiju|help',
    'pomoć_sad|pomoć_sada|pomozite_sad',
    'sos pomoć|molim',
    'pomoć|pomozite|pomozi bojim|strah',
    'pomozite|pomozi|pomoć netko|ljudi|itko',
    `~nisam_sigurna|nisam_siguran|nismo_sigurni ${NOW}|doći|dolazi|bojim`,
    'neka netko|itko pomogne|pomozite|zove|nazove|spasi',
    'zovite|zovi|nazovite|nazovi|pozovite policiju|112|192|hitnu|pomoć',
    'dođite|dođi|dodjite|dodji brzo|odmah|hitno|ovamo|molim|pomoć',
    'lupa|razbija|provaljuje|obija vrata|vratima',
    `opasnosti|opasnost ${SELF}|${NOW}|život|pomoć|pomozite|upomoć`,
    `?opasnosti|opasnost ${THEM}`,
    `${HARM}|${KILL} ${ME}|${NOW}`,
    `${HARM_PAST} ${NOW}`,
    `?${HARM}|${HARM_PAST}|${KILL} ${THEM}`,
    `?${HARM_PAST} ${SELF}`,
    '?ne_diše|ne_dišu|bez_svijesti|u_nesvijesti|onesviješten*|ne_miče_se|leži_u_krvi',
    '=puca|pucaju',
    'puca|pucaju|pucao|pucali|upucao|upucali na|u|me|nas|ga|ju|ljude',
    'zapalili|zapalio|zapalit|zapalila kuću|stan|kontejner|auto|vrata|nas|me|mi|nam',
    `drogirao|drogirali|drogiran*|omamio|omamili|u_piće|u_piću ${DAT}|${ME}|nešto|vrti`,
    `lisic*|lancem|lancima ${DAT}|${ME}|stavili|stavio`,
    `~dugujem|dugujemo|dug|duga|odradim|odraditi ${THREAT}|napravit|ubiti|ubit|pretući|prodati|prodat`,
    'tuče|tuku|mlati|mlate|bije|biju|udara|udaraju|šamara|šutira|šutiraju|davi|dave|guši|guše|siluje|siluju|zlostavlja|zlostavljaju|muči|muče|napada|napadaju|ozljeđuj*|maltretira|maltretiraju je',
    'silovali|tukli|istukli|pretukli|prebili|oteli|ubili|zatvorili|zaključali|odveli|odvezli|prodali|udarali|napali|ozlijedili|zarobili|mučili su_je',
    `${KILL} hoće|žele|kaže|prijeti|će`,
    'slomio|slomili|slomila|polomio|polomili ruku|nogu|rebra|nos|čeljust|prste',
    `${HURT} ${SELF}|${NOW}|jako|sva|sav`,
    `?${HURT} ${THEM}`,
    `?${THREAT} ubi*|smrt*|smrću|obitelj*|djec*|kćeri|sinu|nož*|pištolj*|pretuć*`,
    '~prijeti|prijete|prijetio|prijetili da|nam',
    'pale|pali|palio|opekao|opekli|gase cigaret*|glačal*|vrel* me|nas|ju|ga|je',
    `${WEAPON} ima|imaju|drži|cilja|ciljao|prijeti|me|nas|mi|izvadio|izvukao|je|stoji|došao|s`,
    `${LOCKED} ${SELF}`,
    `?${LOCKED} ${THEM.replace('ju|ga|njega|nju|njih|ih|', '')}|${PLACE}|izvana|rešetk*|na_ključ`,
    'zatvorenik|zatvorenica|zatočenik|zatočenica|roblje|rob|robinja sam|smo|me|nas|ovdje',
    `drže|drži|držali|čuvaju|čuva|nadziru|paze ${SELF} ${PLACE}|silom|zatvoren*!|zatočen*|zarobljen*|stalno|pobjeći`,
    `?drže|drži|držali|čuvaju|čuva|nadziru|paze ${THEM} ${PLACE}|silom|zatvoren*!|zatočen*|zarobljen*|stalno|pobjeći`,
    '~drže|držali|čuvaju|nadziru|paze me|nas',
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${DAT}|${OUT}|${WHO}`,
    'pustite|pusti|izvucite|izvuci|odvedite me|nas|van|odavde',
    `oteli|oteo|otela|odveli|odvukli|odvezli ${ME}|${NOW}`,
    'otet*_sam|sam_otet*|otet*_smo|smo_otet*',
    `?oteli|oteo|otela|otet*|odveli|odvukli|odvezli ${THEM}`,
    `prebac*|prevez*|odvest*|odvesti|preselit*|poslat*|pošalj* ${ME}|ju|ga|ih držav*|inozemstvo|granic*|grad|sutra|${NOW}`,
    'ugurali|ugurao|gurnuli|bacili|strpali|ubacili|utrpali|vuku|voze|vozi me|nas|ju|ga|je kombi*|auto|auta|autu|prtljažnik*|kamion*|ne_znam_kamo|ne_znam_gdje',
    'prodali|prodao|prodala|prodana|prodan|prodati|kupili|kupio|kupila|kupljena|kupljen me|nas|sam|kćer|sestru|curu|djevojku|dijete|djecu|žene',
    'prodali|prodao|prodala|kupili|kupio|kupila ju|ga|je eura|eur|tisuća|tisuće|čovjeku|nekome|svodniku',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|moram|moramo ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|moram|moramo ${SEX} ${THEM}`,
    `~moram|moramo|mora ${NOW}|besplatno raditi|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${NOTLET}`,
    '~prati|prate|pratio|pratili|progoni|progone|uhodi|uhode|juri|jure|lovi|love me|nas|ju|ga',
    '~našli|našao|našla|pronašli|pronašao me|nas|ju|ga ovdje|ispred|stoje|stoji|dolaze|znaju|bojim|kuće|vrata',
    'skrivam|skrivamo|sakrila|sakrio traže|traži|vratima|wc|kupaonici|ormaru|vani|ispred|jure|love|pobjegla|pobjegao|pobjegli|od|nađu|nađe|bojim',
    '~bojim|strah ubiti|ubit|ubije|ubiju|naći|vratiti|vrati|pretući|pretuče',
    'umrijeti želim|hoću',
  ],
  advice: 'tko|što|li',
  except: 'zaključao_sam_si|zaključala_sam_si|zaključan_račun|račun_je_zaključan|zaključan_profil|profil_je_zaključan',
  calm: 'ako_sam_u_opasnosti|kad_sam_u_opasnosti|nisam_u_opasnosti|nismo_u_opasnosti|ništa_mi_ne_prijeti|mi_ništa_ne_prijeti|nam_ništa_ne_prijeti',
  ask: 'žrtv*|vijest*|koliko|žrtava|li_ih|trgovci|kome_reći|kome_prijaviti|znakovi|znakove|prije_par_godina|prije_dvije_godine|prije_tri_godine|prije_nekoliko_godina|prije_godinu_dana|prošle_godine|lani|odštet*|roman*|knjig*|film*|serij*|članak|članku|novin*|podcast*|istinit*|gdje_prijaviti|prijaviti|prijavim|prava|kako_prepoznati|kako_prijaviti|kako_mogu|kako_pomoći|trgovanje|trgovin*',
  filler: 'molim vas brzo',
  strings: {
    call: 'Nazovi 112',
    text: 'Odmah nazovite 112. Poziv je besplatan i radi s bilo kojeg telefona. Ako možete, idite na sigurno mjesto.',
    victimSupport: 'Podrška žrtvama',
    missingChildren: 'Nestala djeca',
  },
};
