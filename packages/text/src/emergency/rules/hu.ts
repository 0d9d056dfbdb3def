/**
 * Hungarian emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies that the rules combine. Hungarian marks the person on the verb ("megvernek":
 * they beat me, "bezártak": they locked me in), so many verb forms stand alone; the nouns of a
 * question ("bántalmazás", "emberrablás", "erőszak") are left out on purpose.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: pronouns and possessed person words in their cases ("én" folds to "en": left out). */
const WHO = 'engem|engemet|nekem|minket|bennünket|nekünk|őt|őket|neki|vagyok|vagyunk|barát*|húgom*|nővérem*|öcsém*|bátyám*'
  + '|lány*|fiam*|anyám*|feleségem*|gyerek*|kolléga*!|munkás*|dolgozó*!|szomszéd*|unokatestvér*|férjem|párom|főnök*|családom*|családunk*|strici*|exem|apám*|apu|anyu|nagymamá*';
/** Verb forms that say on their own that it is happening to the writer or someone now. */
const DONE = 'bezártak|bezárt_engem|fogva_tart*|fojtogat*|elraboltak|elrabolt|túsz|túszként|fogságban|vagyok_zárva|vagyunk_zárva|be_van_zárva|be_vannak_zárva|összever*'
  + '|megvernek|megvert|megvertek|bántanak|megerőszakolt*|megölnek|megöl|megölik|fenyegetnek|megszúrt|megtámadtak|vernek'
  + '|üldöznek|életveszély*|akaratom_ellenére|öngyilkos*|megrúgott|megütött|megütöttek|pofoz|pofoznak|felpofozott|fojtogat'
  + '|rugdos|rugdosnak|megfojt*|megégettek|égettek|megsebesített|megkésel*|leszúrt*|megszúrtak|vérzek|vérzem|láncolva|leláncoltak|megkötöztek|csapdában'
  + '|kinyír*|agyonver*|meglő*|lelőtt*|rálőtt*|bántották|bedrogoz*|elkábított*|megtaláltak|rámtaláltak|ránktaláltak|bujkálok|bujkálunk|elbújtam|rejtőzöm|rejtőzködöm|nem_kapok_levegőt|fulladok';
/** Violence and captivity verbs that need a person beside them (third person, or a definite object). */
const HURT = 'bezár*|elrabol*|bántják|bánt|bántott|bántottak|bántalmaz|bántalmazott|bántalmaznak|bántalmazzák|bántalmazza'
  + '|fenyeget*|megtámad*|megver*|megöl*|ütött|ütöttek|üt|ver|veri|verik|verte|verték|rugdos*|rúgott'
  + '|kényszerít|kényszerített|vonszol*|rángat*|ráncigál*|rúg|rúgnak|összekötöz*|vérzik|megsérült|sérült|megsebesült|kínoz*|megkínoz*|lelő*|megszúr*|égetnek|megégetett|fojtogat*|kerget*|üldöz*';

export const hu: EmergencyPack = {
  rules: [
    `?${DONE}`,
    `${HURT} engem|engemet|nekem|minket|bennünket|nekünk|vagyok|vagyunk|most|itt|éppen`,
    `?${HURT} ${WHO}`,
    '?veszélyben van|vannak',
    'veszélyben vagyok|vagyunk|életem|engem|minket|lányom|fiam|gyerekem',
    'vészhelyzet*|sos engem|nekem|van|hívják|hívjátok|rendőr*|segítség|lányom|fiam|veszélyben',
    '?segítség|segítsen|segítsetek|segíts|segicsetek|help gyorsan|azonnal|most|sürgős*|sos',
    '=segítség*!|segítsen!|segítsetek|segíts|sos|rendőrség|rendőrt|mentsetek',
    'hívják|hívjátok|hívja|hívd|hívjon rendőr*|mentő*|112',
    'ölni meg fog|fognak|akar|akarnak|akarja|akarják',
    '~engednek|enged|engedik ki|el|elmenni|kimenni|haza|kiszállni|kijönni',
    '~nem_tudok|nem_tudunk|nem_bírok|nem_tud|nem_tudnak kijutni|elmenni|menekülni|megszökni|kimenni|elszökni|kijönni|hazamenni',
    '~nem mehetünk|mehetek|mehet haza|ki|el',
    '~útlevel*|irat*|papír*|dokumentum*|személyi*|telefonom*|mobilom* elvett*|elkobozt*|ellopt*|elrejtett*',
    'kés|kése|késsel|kést|késes|fegyver*|pisztoly*|puska* van|nála|vele|rám|fogja|szúr*|torkom*|tart|kerget*|üldöz*|áll|jön',
    // 'fegyverrel fenyegettek' is also in a question ('statistics on victims threatened with a weapon').
    '?kés|kése|késsel|kést|késes|fegyver*|pisztoly*|puska* fenyeget*',
    'meghalni akarok',
    'kényszerítenek|kényszerít|kényszerítik szex*|lefeküdj*|prostitu*|ügyfel*|férfiakkal',
    '~kényszerít|kényszerítenek|kényszerítik engem|minket|dolgozni|dolgozzak|dolgozzunk',
    '~félek|félünk|rettegek megöl*|megtalál|visszajön|visszajött|itt_van|megver*|nagyon',
    '~követ|követnek|üldöz engem|minket|valaki',
    'jöjjenek|gyertek|jöjjön|gyere gyorsan|azonnal|segíts*',
    'elvitték|elvitt|berántott*|behúzt*|berángatt*|visznek|szállítanak|betettek|betuszkoltak|bevittek|beraktak|bedobtak|felraktak furgon*|kamion*|autó*|kocsi*|kisbusz*|csomagtartó*|teherautó*|busz*',
    `?eladtak|eladott|eladnak ${WHO}|férfinak|férfiaknak|valakinek|embernek`,
    'megszöktem|elszöktem|megszöktünk|elmenekültem|megmenekültem bujkál*|elbújtam|rejtőz*|keresnek!',
    'bezárva|kényszerítenek engem|minket|vagyok|vagyunk|tartanak_engem',
    // Fear for one's life, being looked for, watched: how people describe danger without its words.
    `mit_csináljak|mit_tegyek|mit_csináljunk|mit_tegyünk ${HURT}|${DONE}`,
    'féltem_az_életem|félek_az_életemért|féltem_az_életemet|az_életemért|a_gyerekeimért_félek',
    '?eladtak|eladtak_engem|eladtak_minket|eladott_engem|eladott_minket',
    '?keresnek|keres|üldöznek engem|minket|mindenhol|mindenütt|nincs_hova|nincs_hová',
    '?nem_mehetek_el|nem_vagyok_szabad|nem_lehetek_szabad szabadon|el|ki',
    '?figyelnek|figyel|őriznek|őriz|figyelik engem|minket|egész_nap|mindig|állandóan',
    // The body: what was done to it, said the way one reports it.
    'eltörte|eltörték|eltört karom*|kezem*|lábam*|orrom*|bordám*|fogam*|állkapcsom*|ujjam*|karját|kezét',
    'víz_alá|vizbe|falnak fejem*|nyomta|nyom|vert',
    'hajam*|hajánál húz|húzott|rángat*|ráncigál*|vonszol*',
    '?szexuálisan bántalmaztak|bántalmazott|zaklatott|zaklattak|megtámadtak|erőszakoskodott',
    'betörte|betörték|berúgta|berúgták ajtó*',
    '?eltűnt|eltűntek hogy_fél|félek|retteg*|sír|fenyeget*|elvitték|írta|üzent|üzenetet|hívott',
    '?fizetés_nélkül|pénz_nélkül dolgoztat*|dolgozunk|koldul*|bezárnak|vernek|éjszakára',
    '?nem_tudom_hol_vagyok|nem_tudom_hol_vagyunk|nemtudom_hol_vagyok',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'csomagtartó* vagyok|vagyunk|zárva|bezártak',
    'összekötöz*|megkötöz*|lekötöz* kezem*|lábam*|kezünk*',
    'lelökött|lelöktek|meglökött lépcső*|ablak*',
    'akarják|akarja|akarnak|kivenni vesé*|szerv*',
    'kiugrottam|kiugrott ablak*',
    '?megszöktem|elszöktem autóból|kocsiból|furgonból',
    'kívülről zárva|bezárt*|zárta|zárták',
    '?konténer*|pincé* vagyunk|lány|zárva|bezártak',
    '?babám*|gyerekem*|fiam*|lányom* elvették|elvitték|elrabolták|ellopták|elvitte|elrabolta|elvette',
    // Round 4: harm promised, a threat at the door, taken off the street.
    'bántani|megverni|megölni|elrabolni fognak|fog|akarnak|akar',
    `?${HURT} ajtó_előtt|ajtóban|ajtónál|kint|odakint`,
    'elvittek|elvitt|elvitték|felkaptak|elkaptak utcáról|utcán|erővel|erőszakkal|kocsiba|autóba',
    'segítség|segítsetek visznek|elvisznek|visz|viszik',
    'véget_vetni|véget_akarok_vetni|nem_akarok_élni|meg_akarok_halni',
    'megölünk|megöllek|megtalálunk|megtalálunk_és',
    'betörni|be_akar_törni|betörnek|be_akarnak_törni|betör!|betörtek|betört_valaki|valaki_betört|betört_hozzám|betörtek_hozzám|betörtek_hozzánk',
    'lefekü* férfiakkal|férfiak|ügyfelekkel',
    'férfiak|férfiakkal kényszerít*',
    'vért_veszt*|vérzek',
    // Round 3: the body failing (unconscious, fainted, not breathing, bleeding), threats to the family tied to a debt,
    // being moved abroad, unable to talk with him near, a cry for help next door.
    '?eszméletlen*|elájult|ájult*|alig_lélegzik|alig_kap_levegőt|nem_kap_levegőt|nehezen_lélegzik|nem_lélegzik|nem_lélegzel|nem_tér_magához|nem_ébred|túladagol*',
    // 'Not moving' needs a person or a short message: a page that 'does not move' is no alarm.
    `?nem_mozdul|nem_mozog|nem_reagál ${WHO}|anyu|anya|apu|apa|valaki|baba*|ő|lélegz*`,
    '=nem_mozdul|nem_mozog',
    '?vérzik|vérzünk valaki|nagyon|erősen|földön|sokat|barátom*|barátnőm*',
    '?család*|gyerekeim*|anyám*|szüleim* baja|bántják|megölik|megverik|bántani',
    'átvisznek|elvisznek|visznek|szállítanak|átszállítanak|elszállítanak másik_országba|külföldre|határon|nem_akarok|erővel',
    'nem_tudok_beszélni|nem_tudok_telefonálni|nem_beszélhetek mellettem|itt|hallja|segíts*',
    '?tűz_van|ég_a_ház|ég_a_lakás|lángokban',
    '?rabszolgaként|rabszolgák|fogva|erővel|bezárva tartanak|tartják|tartotok|tartottak',
    '?visznek|elvisznek|szállítanak|hurcolnak minket|engem|bennünket',
    '?kiabál*|sikolt*|sikoltoz*|üvölt* segítség*|szomszéd*|mellett*',
  ],
  advice: 'mit|hogyan|honnan|emberkereskedelem|ez|jelei|kihez|büntetés|számít',
  ask: 'honnan_lehet|honnan_tudhatom|évekkel_ezelőtt|évvel_ezelőtt|tavaly|gyerekkoromban|a_történetemet|sorozat*|valóságban|filmben|epizód*|bejelent*|feljelent*|jelei|felismer*|jogai|jogok|podcast*|dokumentumfilm*|film|könyv|büntetés|honnan_tudom|regény|kártérítés*|hol_jelenthetem|jelent*|hónapok_óta|hír*|cikk*|statisztik*|hány|mennyi|olvastam|mit_tegyek_ha|mit_kell_tenni|hogyan_segíthetek|törvényes|jogszerű|szabad_e|űrlap*|fiók*|védjem|megvéd*|megelőz*',
  calm: 'ki_vagyok_zárva|ki_vagyunk_zárva|kizártak_a|nem_vagyok_veszélyben|nem_vagyunk_veszélyben|nincs_veszély|nem_sürgős',
  filler: 'kérem kérlek légyszi gyorsan',
  strings: {
    call: 'Hívja a 112-t',
    text: 'Hívja most a 112-t. Ingyenes, és bármilyen telefonról működik. Ha teheti, menjen biztonságos helyre.',
    victimSupport: 'Áldozatsegítés',
    missingChildren: 'Eltűnt gyermekek',
  },
};
