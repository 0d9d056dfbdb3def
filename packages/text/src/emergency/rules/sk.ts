/**
 * Slovak emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in every case, aspect and gender ending
 * (zamkli, zamknutá, zamknutý; bije, zbili, zbitá), and the rules combine them.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (the strong rules). */
const ME = 'ma|mňa|nás';
/** The writer, as object or in a state ("som zamknutá"; "som" is also Swedish "as", so never next to a verb like "bil"). */
const SELF = `${ME}|som|sme`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'ju|ho|neho|ňu|ťa|sestr*|dcér*|syn|syna|synovi|synom|brat|brata|bratovi|brácha|mama|mamu|mamou|mamk*|matk*|manželk*|žena|ženu|ženy|kamarát*|kamoš*|priateľ*!|frajerk*|dievč*|dieťa|dieťaťa|deti|deťmi|chlapc*|chlapec|sused*|robotník*!|pracovník*!|koleg*|ľudí|ľudia|niekto';
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (papers, phone, "ubližujú jej"). */
const DAT = 'mi|mne|nám|jej|mu|im|moj*|naš*|jeho|ich|všetkým';
/** That it is happening now. */
const NOW = 'teraz|práve|hneď|zase|zas|stále|znova|furt|denne';
/** Beating, kicking, slapping, choking, burning, rape, torture; present and past. */
const HARM = 'bije|bijú|biješ|zmláti|mláti|mlátia|tlčie|tlčú|kope|kopú|fackuj*|udrie|udierajú|škrtí|škrtia|dusí|páli|pália|znásilňuj*|znásilnená!|znásilnený!|znásilnené!|znásilní|znásilnia|osahuj*|obťažuj*|ubližuj*|týra|týrajú|napáda|napádajú|mučí|mučia';
/** The same, done: alone a past event ("two years ago they beat me"), so a question about it silences it. */
const HARM_PAST = 'bil|bila|bili|zbil*|ubil*|zmlátil*|mlátil*|kopal*|kopol|kopla|kopli|udrel*|škrtil*|dusil*|pálil*|popálil*|znásilnil*|ublížil*|ubližoval*|týral*|napadol|napadla|napadli|bodol|bodla|pobodal*|mučil*|zranil*';
/** The state of having been beaten or hurt. */
const HURT = 'zbitá|zbitý|zbité|zbití|bitá|bité|zmlátená|zmlátený|zranen*|ranen*|dobit*|krváca|krvácajú|krvi';
/** Being killed, now or as a threat. */
const KILL = 'zabij*|zabiť|zabil|zabila|zabili|zavraždi*|zastrelí*|podreže|oddelá|dobod*|ubod*|pobodá|bodne';
/** Locked, shut, imprisoned, held, chained. */
const LOCKED = 'zamkol|zamkla|zamkli|zamknut*|zavrel*|zavret*!|zavrú|zatvoril*|zatvoren*!|zatvárajú|zamykajú|zamyká|väznen*|väznia|väznil*|uväznen*|uväznil*|držaná|držaný|držaní|držané|rukojem*|zajatí|pripútan*|priviazan*|priviazal*|spútan*|spútal*|putami|reťaz*|putách';
/** Where someone is shut in. */
const PLACE = 'izbe|izby|pivnici|pivnica|byte|bytu|dome|doma|kontajneri|garáži|skrini|kúpeľni|cele|klietke|kufri|aute|dodávke|kamióne|komore|sklade|bordeli|zámkom|vnútri|tu';
/** Getting out. */
const OUT = 'von|preč|utiecť|ujsť|odísť|uniknúť|dostať|vypadnúť|domov';
/** Made to (work, have sex). */
const FORCE = 'nútia|núti|nútili|nútil|nútila|donútil*|donúti|nútená|nútený|nútení';
const SEX = 'sex*|prostitúc*|spať|klient*|bordel*';
/** Threatening ("hrozí mi" is also "I face", a fine or deportation: only with a sign of violence). */
const THREAT = 'vyhráža*|hrozí|hrozil*';
/** Weapons. */
const WEAPON = 'nôž|noža|nožom|nože|palicou|palicami|bejzbalk*|zbraň|zbraňou|zbrane|pištoľ*|revolver*|mačet*|sekeru|sekerou';
/** Papers and phone, and taking them. */
const PAPERS = 'pas|pasy|pasu|doklad*|dokument*|občiansk*|občianku|papier*|telefón*|mobil*';
const TAKEN = 'vzal|vzali|vzala|zobral*|zabavil*|ukradl*|schoval*|nevráti*|drží|držia';
/** Not being let go. */
const NOTLET = 'nepustia|nepúšťajú|nepustí|nepúšťa|nenechajú|nedovolia|nedovolí|nechcú_pustiť';
/** Cannot (get out). */
const CANNOT = 'nemôžem|nemôžeme|nemôže|nemám_ako|nemám_kam|nemáme_kam|nejde|nedá_sa|nesmiem|nesmieme';

export const sk: EmergencyPack = {
  rules: [
    'nie_som_v_bezpečí|nie_sme_v_bezpečí|ohrozenie_života|núdzová_situácia|proti_mojej_vôli|proti_svojej_vôli|samovražd*|zabiť_sa|zabijem_sa|krvácam|krvácame|zachráňte|zachráň|ratujte',
    '=pomoc|pomôžte|pomôž|pomocte|sos|polícia|políciu|help|pomooc|v_nebezpečenstve',
    'pomoc|pomôžte|pomôž|pomocte|sos rýchlo|hneď|okamžite|naliehavo|políciu|help',
    'pomoc_teraz|pomôžte_teraz|teraz_hneď|hneď_teraz',
    'sos pomoc|prosím',
    'pomoc|pomôžte bojím',
    'pomôžte|pomôž|pomoc niekto|ľudia|ktokoľvek',
    'nech niekto|nikto pomôže|pomôžte|zavolá|zachráni',
    'zavolajte|zavolaj|volajte|volaj políciu|policajtov|112|158|záchranku|sanitku|pomoc',
    'príďte|prídite|poďte|príď|prídi|poď|bežte|utekajte rýchlo|hneď|okamžite|sem|prosím|pomoc',
    'búcha|trieska|vyráža|vylamuje dvere|dverami',
    `nebezpečenstve|ohrození|nebezpečí ${SELF}|${NOW}|život|pomoc|pomôžte`,
    `?nebezpečenstve|ohrození ${THEM}`,
    `${HARM}|${KILL} ${ME}|${NOW}`,
    `${HARM_PAST} ${NOW}`,
    `?${HARM}|${HARM_PAST}|${KILL} ${THEM}`,
    `?${HARM_PAST} ${SELF}`,
    '?nedýcha|nedýchajú|bezvedom*|nehýbe_sa|leží_v_krvi',
    'strieľa|strieľajú|strieľal*|zastrelil*|postrelil*|vystrelil*',
    `vtrhli|vtrhol|vlámali ${WEAPON}|palic*|bejzbal*|${NOW}`,
    'podpálili|podpálil|podpália|podpáli|zapálili byt|dom|kontajner|auto|dvere|nás|ma|mi|nám',
    `nasypal*|nadrogoval*|zdrogoval*|omámil*|do_pitia|do_pohára|do_drinku ${DAT}|${ME}|niečo|točí`,
    `~dlh|dlhu|dlžím|dlžíme|neodrobím|odrobiť ${THREAT}|ublížia|zabijú|zbijú|predajú`,
    `${KILL} chce|chcú|povedal|hovorí|vyhráža`,
    'zlomil|zlomili|zlomila|dolámal* ruku|nohu|rebrá|nos|čeľusť|prsty',
    `${HURT} ${SELF}|${NOW}|veľmi|celá|celý`,
    `?${HURT} ${THEM}`,
    `?${THREAT} zabi*|smrť*|rodin*|deťom|dcére|synovi|nožom|zbraňou|zbije`,
    '~vyhráža* že|mi|mne|nám',
    `${WEAPON} má|majú|drží|mieri|mieril|vyhráža|nás|mi|vytiahol|vytiahli|priložil|je|stojí|prišiel|s`,
    `${LOCKED} ${SELF}`,
    `?${LOCKED} ${THEM.replace('ju|ho|neho|ňu|', '')}|${PLACE}|zvonku|zvonka|mreže|mrežami|na_kľúč`,
    'väzeň|väzenkyňa|väzňom|rukojemník*|otrok|otrokyňa som|sme|ma|nás|tu',
    `drží|držia|držali|strážia|stráži|strážili ${SELF} ${PLACE}|proti|násilím|zavret*!|zamknut*|zajatí|stále|furt|utiecť`,
    `?drží|držia|držali|strážia|stráži|strážili ${THEM} ${PLACE}|proti|násilím|zavret*!|zamknut*|zajatí|stále|furt|utiecť`,
    '~drží|držia|držali|strážia|stráži ma|nás',
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${DAT}|${OUT}|${WHO}`,
    'pustite|pusť|dostaňte|vytiahnite|odveďte ma|nás|von|odtiaľto',
    '~nechce|nechcú|nechcel* ma|nás pustiť',
    `uniesli|uniesol|uniesla|unesená|unesený|unesení|odvliekli|odviezli|odviezol ${SELF}|${NOW}`,
    `?uniesli|uniesol|uniesla|unesená|unesený|unesení|odvliekli|odviezli|odviezol ${THEM}`,
    'strčili|strčil|napchali|hodili|vtiahli|naložili|vezú|vezie|odvážajú ma|nás|ju|ho dodávk*|auta|auto|aute|kufri|kamión*|nákladiak*|neviem_kam',
    `odvie*|odvez*|prevez*|previe*|presun*|vyvez*|pošlú|poslať ${ME}|ju|ho|ich krajin*|hranic*|zahranič*|cudzin*|mesta|inam|zajtra|${NOW}`,
    'predali|predal|predala|predaná|predaný|predať|predajú|kúpili|kúpil|kúpila|kúpená|kúpený ma|nás|som|dcéru|sestru|dievča|dieťa|deti|ženy',
    'predali|predal|predala|kúpili|kúpil|kúpila ju|ho eur|euro|tisíc|chlapovi|mužovi|pasákovi|niekomu',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|musím|musíme ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|musím|musíme ${SEX} ${THEM}`,
    `~musím|musime|musí ${NOW}|zadarmo|zdarma robiť|makať|pracovať|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${NOTLET}`,
    '~sleduje|sledujú|sledoval*!|prenasleduj*|naháňa|naháňajú ma|nás|ju|ho|mnou',
    '~ide|idú za_mnou|za_nami',
    '~našli|našiel|našla|vypátrali|dostihli ma|nás|ju|ho tu|pred|stoja|stojí|idú|prišli|vedia|bojím|domom|dverami',
    'skrývam|schovávam|skrývame|schovávame|skryla|schovala|skryl|schoval hľadajú|hľadá|záchode|kúpeľni|skrini|dverami|vonku|naháňajú|ušla|ušiel|utiekla|utiekol|pred|nájdu|nájde|bojím',
    'bojím o_život|život|zabije|nájde|vráti|zbije|príde',
    'zomrieť|umrieť chcem',
  ],
  advice: 'kto|čo|kde_môžem|kde_nájdem|môže|smie',
  calm: 'keď_som_v_nebezpečenstve|ak_som_v_nebezpečenstve|nie_som_v_nebezpeč*|nie_sme_v_nebezpeč*|nič_mi_nehrozí|mi_nič_nehrozí|nič_nám_nehrozí|nám_nič_nehrozí',
  ask: 'obet*|kam_sa_obrátiť|komu_povedať|rokmi|rokom|vlani|odškodn*|novin*|článok|článku|knih*|film*|seriál*|román*|podcast*|skutočnosti|nahlásiť|nahlásim|oznámiť|práva|jak|ako_spoznať|ako_nahlásiť|ako_môžem|ako_pomôcť|obchod*|je_to|znaky|legálne|trestný|definícia',
  filler: 'prosím prosim rýchlo',
  strings: {
    call: 'Volať 112',
    text: 'Zavolajte hneď 112. Je to bezplatné a funguje z každého telefónu. Ak môžete, choďte na bezpečné miesto.',
    victimSupport: 'Pomoc obetiam',
    missingChildren: 'Nezvestné deti',
  },
};
