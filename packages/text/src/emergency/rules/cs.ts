/**
 * Czech emergency rules and strings (notation: ../emergency-pack.ts), as concept vocabularies:
 * each constant lists how people write one idea, in literary and spoken Czech (bijí, bijou;
 * vyhrožují, vyhrožujou), every case and gender ending, and the rules combine them.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer and those with them, as objects (the strong rules). */
const ME = 'mě|mne|nás';
/** The writer, as object or in a state ("I am locked in"). */
const SELF = `${ME}|jsem|jsme`;
/** Other people: third-person pronouns, people close or nearby (their rules are silenced by advice words). */
const THEM = 'jsi|ji|ho|něj|ni|tě|sestr*|dcer*|syn|syna|synovi|synem|synka|bratr*|brách*|máma|mámu|mámou|mamk*|matk*|manželk*|žena|ženu|ženy|kamarád*|kámoš*|přítel*|holk*|holčičk*|dívk*|děvč*|dítě|dítěte|děti|dětmi|kluk*|sestřenic*|soused*|dělník*|dělníc*|pracovník*!|koleg*|lidi|někdo';
/** Anyone it happens to. */
const WHO = `${SELF}|${THEM}`;
/** To whom, or whose (papers, phone, "ubližujou jí"). */
const DAT = 'mi|mně|nám|jí|mu|jim|můj|moj*|naš*|jeho|její|jejich|všem';
/** That it is happening now. */
const NOW = 'teď|právě|zrovna|hned|zase|pořád|furt|znova|znovu|denně';
/** Beating, kicking, slapping, choking, burning, rape, torture; present and past. */
const HARM = 'bije|bijou|bijí|biješ|zbitá|zbitý|zbitou|zbité|bité|bitá|zmlátí|zmlácen*|mlátí|mlátěj|tluče|tlučou|kope|kopou|fackuje|škrtí|dusí|pálí|znásilňuj*|znásilněná!|znásilněný!|znásilněn!|osahává|osahávají|ubližuj*|ublíží|týrá|týrají|napadá|napadají|mučí|cloumá|strká|hází_mnou';
/** The same, done: alone a past event ("two years ago they beat me"), so a question about it silences it. */
const HARM_PAST = 'bil|bila|bili|zbil*|ubil*|zmlátil*|mlátil*|tloukl*|kopal*|kopl*|nakopal*|zfackoval*|uhodil*|praštil*|škrtil*|uškrtil*|dusil*|pálil*|popálil*|znásilnil*|ublížil*|ubližoval*|týral*|napadl*|pobodal*|bodl*|řízl*|mučil*|zranil*|cloumal*|mrštil';
/** Being killed, now or as a threat. */
const KILL = 'zabij*|zabít|zabil|zabila|zabili|zavraždí*|zastřelí*|podřízne|oddělá|odprásknou|odprásknu|ubod*|probodn*|bodne|podřež*';
/** Locked, shut, imprisoned, held, chained. */
const LOCKED = 'zamkl*|zamčen*|zavřel*|zavřen*!|zavřou|zamykají|zamyká|uvězněn*|uvěznil*|uvězni|vězněn*|věznil*|věznit|vězní|držena|držený|drženi|držen|drženou|rukojm*|zajetí|připoutan*|přivázan*|spoutan*|řetěz*|poutech';
/** Where someone is shut in. */
const PLACE = 'pokoji|pokoje|sklepě|sklepa|bytě|bytu|domě|doma|kontejneru|garáži|skříni|koupelně|cele|kleci|kufru|autě|dodávce|náklaďáku|kamionu|komoře|skladu|bordelu|zámkem|uvnitř|tady';
/** Getting out. */
const OUT = 'ven|pryč|utéct|utéci|odejít|odjet|uniknout|dostat|vypadnout|domů';
/** Made to (work, have sex). */
const FORCE = 'nutí|nutěj|nutěji|nutili|nutil|nutila|donutil*|donutí|nucená|nucený|nucen|nuceni';
const SEX = 'sex*|prostituc*|spát|klient*|bordel*|šlapat';
/** Threatening ("hrozí mi" is also "I face", a fine or deportation: only with a sign of violence). */
const THREAT = 'vyhrožuj*|vyhrožoval*|hrozí|hrozil*';
/** Weapons. */
const WEAPON = 'nůž|nože|nožem|baseballk*|pálk*|klack*|nožík*|zbraň|zbraní|zbraně|pistol*|revolver*|bouchačk*|mačet*|sekyr*';
/** Papers and phone, and taking them. */
const PAPERS = 'pas|pasy|pasu|doklad*|dokument*|občank*|papír*|telefon*|mobil*';
const TAKEN = 'vzal|vzali|vzala|sebral*|zabavil*|ukradl*|schoval*|nevrátí|nevracej*|drží';
/** Not being let go. */
const NOTLET = 'nepustí|nepouštějí|nepouští|nepustěj|nepouštěj|nenechají|nenechaj|nedovolí|nedovolej';
/** Cannot (get out), joined as people type it. */
const CANNOT = 'nemůžu|nemohu|nemůžeme|nemůže|nemám_jak|nemám_kam|nemáme_kam|nejde|nedá_se|nesmím|nesmíme';

export const cs: EmergencyPack = {
  rules: [
    'nejsem_v_bezpečí|nejsme_v_bezpečí|ohrožení_života|nouzová_situace|proti_mé_vůli|proti_své_vůli|sebevražd*|zabít_se|zabiju_se|krvácím|krvácíme|zachraňte|zachraň',
    '=pomoc|pomozte|pomoz|sos|policie|policii|help|pomooc|v_nebezpečí',
    'pomoc|pomozte|pomoz|sos rychle|hned|okamžitě|naléhavě|honem|policii|help',
    'pomoc_teď|pomozte_teď|teď_hned',
    'ať někdo pomůže|pomozte|zavolá|zachraň|zachrání',
    'sos pomoc|prosím',
    'pomoc|pomozte bojím',
    'pomozte|pomoz|pomoc někdo|lidi|kdokoliv',
    'zavolejte|zavolej|volejte|volej|ať_někdo policii|policajty|policajti|112|158|záchranku|sanitku|pomoc|zavolá|pomůže',
    'přijeďte|přijďte|pojďte|přijeď|přijď|přiďte rychle|hned|okamžitě|sem|honem|prosím|pomoc',
    'buší|bouchá|mlátí|vylamuje|vyrazil dveře|dveřmi',
    `nebezpečí|ohrožení ${SELF}|${NOW}|život|pomoc|pomozte`,
    `?nebezpečí|ohrožení ${THEM}`,
    `${HARM}|${KILL} ${SELF}|${NOW}`,
    `${HARM_PAST} ${NOW}`,
    `?${HARM}|${HARM_PAST}|${KILL} ${THEM}`,
    `?${HARM_PAST} ${SELF}`,
    '?nedýchá|nedýchají|bezvědomí|nehýbe_se|leží_v_krvi',
    'střílí|střílej|střílejí|střílel*|zastřelil*|postřelil*|vystřelil*',
    `vtrhli|vtrhl|vloupali ${WEAPON}|${NOW}`,
    'zapálili|zapálil|podpálili|podpálil|zapálí byt|dům|kontejner|auto|dveře|nás|mě|mi|nám',
    `nasypal*|nadrogoval*|zdrogoval*|omámil*|do_pití ${DAT}|${ME}|něco|točí`,
    `~dluh|dluhu|dlužím|dlužíme|neodpracuju|odpracovat ${THREAT}|ublíží|zabijou|zmlátí|prodají`,
    `${KILL} chce|chtějí|chtej|řekl|říká|vyhrožuje`,
    'zlomil|zlomili|zlomila|polámal* ruku|nohu|žebra|nos|čelist|prsty',
    `zraněn*|raněn*|krvácí|krvácet|krve|krví ${SELF}|${NOW}|hodně|moc|celá|celý`,
    `?zraněn*|raněn*|krvácí|krvácet|krve|krví ${THEM}`,
    `?${THREAT} zabi*|smrt*|rodin*|dět*|dceři|synovi|nožem|zbraní|zmlátí`,
    `~vyhrožuj*|vyhrožoval* že|mi|mně|nám`,
    `${WEAPON} má|mají|drží|míří|mířil|vyhrožuje|vyhrožujou|mě|nás|mi|vytáhl|vytáhli|přiložil|je|stojí|přišel|s`,
    `${LOCKED} ${SELF}`,
    `?${LOCKED} ${THEM.replace('ji|ho|něj|ni|', '')}|${PLACE}|zvenku|zvenčí|mříže|mřížemi|na_klíč`,
    'vězeň|vězněm|vězenkyně|rukojmí|otrok|otrokyně jsem|jsme|mě|nás|tady',
    `drží|drželi|držej|hlídají|hlídá|hlídaj|střeží ${SELF} ${PLACE}|proti|násilím|zavřen*!|zamčen*|zajetí|pořád|furt|utéct`,
    `?drží|drželi|držej|hlídají|hlídá|hlídaj|střeží ${THEM} ${PLACE}|proti|násilím|zavřen*!|zamčen*|zajetí|pořád|furt|utéct`,
    `~drží|drželi|hlídají|hlídaj|střeží mě|nás`,
    `~${CANNOT} ${OUT}`,
    `~${NOTLET} ${DAT}|${OUT}|${WHO}`,
    'pusťte|pusť|dostaňte|vytáhněte|odvezte mě|nás|ven|odsud|odtud',
    '~nechce|nechtějí|nechtěj|nechtěl* mě|nás pustit',
    `unesli|unesl|unesla|unesená|unesený|uneseni|unesen|unesou|odvlekli|odvlekl|odvezli|odvezl ${SELF}|${NOW}`,
    `?unesli|unesl|unesla|unesená|unesený|uneseni|unesen|unesou|odvlekli|odvlekl|odvezli|odvezl ${THEM}`,
    'strčili|strčil|nacpali|hodili|vtáhli|naložili|vezou|veze|odvážejí mě|nás|ji|ho dodávk*|auta|auto|autě|kufru|kamion*|náklaďák*|nevím_kam',
    `odvez*|převez*|přesun*|vyvez*|pošlou|poslat ${ME}|ji|ho|je zem*|hranic*|zahraničí|ciziny|města|jinam|zítra|${NOW}`,
    'prodali|prodal|prodala|prodaná|prodaný|prodat|prodají|koupili|koupil|koupila|koupená|koupený mě|nás|jsem|dceru|sestru|holku|dítě|děti|ženy',
    'prodali|prodal|prodala|koupili|koupil|koupila ji|ho euro|eur|tisíc|korun|chlapovi|muži|pasákovi|někomu',
    `~${FORCE} ${WHO}|${DAT}`,
    `${FORCE}|musím|musíme ${SEX} ${SELF}|${NOW}`,
    `?${FORCE}|musím|musíme ${SEX} ${THEM}`,
    `~musím|musime|musí ${NOW}|zadarmo|zdarma makat|pracovat|dělat|${SEX}`,
    `~${PAPERS} ${TAKEN} ${DAT}|${NOTLET}`,
    '~sleduje|sledujou|sledují|sledoval*!|pronásleduj*|honí|honěj mě|nás|ji|ho|mnou',
    '~jde|jdou|jede|jedou za_mnou|za_námi',
    '~našli|našel|našla|vypátrali|dostihli mě|nás|ji|ho tady|před|stojí|stojej|jdou|přijeli|vědí|bojím|domem|dveřmi',
    'schovávám|skrývám|schováváme|skrýváme|schovala|schoval|schovaly hledají|hledá|záchodě|záchod|hajzlu|koupelně|skříni|dveřmi|venku|honí|utekla|utekl|utekli|před|najdou|najde|bojím',
    'bojím o_život|život|zabije|najde|vrátí|zbije|přijde',
    'umřít chci',
  ],
  advice: 'kdo|co|kde_můžu|kde_najdu|může|smí',
  calm: 'když_jsem_v_nebezpečí|pokud_jsem_v_nebezpečí|nejsem_v_nebezpečí|nejsme_v_nebezpečí|nic_mi_nehrozí|mi_nic_nehrozí|nic_nám_nehrozí|nám_nic_nehrozí',
  ask: 'obět*|oběť|kam_se_obrátit|komu_říct|komu_to|lety|letama|loni|odškodn*|známky|novin*|článek|článku|knih*|film*|seriál*|román*|podcast*|skutečnosti|nahlásit|nahlásím|oznámit|práva|jak_poznat|jak_nahlásit|jak_pomoct|jak_pomoci|jak_můžu|jak_mohu|obchod*|je_to|znaky|legální|trestný|definice',
  filler: 'prosím prosim rychle',
  strings: {
    call: 'Volat 112',
    text: 'Zavolejte hned 112. Je to zdarma a funguje z každého telefonu. Pokud můžete, jděte na bezpečné místo.',
    victimSupport: 'Pomoc obětem',
    missingChildren: 'Pohřešované děti',
  },
};
