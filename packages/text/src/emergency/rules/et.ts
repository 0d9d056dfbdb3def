/**
 * Estonian emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine. Estonian inflects
 * heavily: verbs are listed by person and tense (peksab, peksavad, peksis, pekstakse), not by
 * a short prefix that would also take the nouns of a question (vägistamine, ähvardamine).
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word (partitive, genitive, allative forms). */
const WHO = 'mind|mu|mul|mulle|minu|mina|ma|meid|meil|meile|me|meie|teda|tema|talle|tal|olen|oleme|sõber|sõbra*|õde|õe'
  + '|venda|vend|venna*|tütar|tütre*|tütart|poeg|poja*|ema|naine|naise*|laps|lapsi|last|lapse*|tüdruk*|naabri*|kolleeg*|töötaja*!';
/** Held: locked, shut in, kidnapped, kept, chained, trapped. */
const HELD = 'lukustatud|lukustas*|lukus|luku_taha|luku_taga|lukku|kinni|vangis|vangistatud|röövitud|rööviti|röövisid|röövis|röövitakse|röövinud|pantvang*'
  + '|kinnipeetud|kinni_peetud|hoitakse|hoiab|hoiavad|lukustatakse|lukustavad|aheldatud|seotud|lõksus|lõksu|suletud';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding. */
const HURT = 'lööb*|löövad|uimasta*|tirib|tiris|lohistab|lükkas|sidusid|lõi|lõid|löödi|peksab|peksavad|pekstud|peksis|peksid|pekstakse|peksti|vägista*'
  + '|tapab|tapavad|tappa|tapan|tapetakse|ähvarda*'
  + '|pussita*|kägista*|ründab|ründavad|ründas|rünnati|teeb_haiget|teevad_haiget|tegi_haiget|togib|togis|jalaga|rusikaga|kõrvakiil*'
  + '|põletasid|põletas|põletab|põletavad|veritse*|verd|vigastatud|vigastas|piinavad|piinab|tulista*|kuritarvitavad|kuritarvitab|kuritarvitas';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'mind|mu|mul|ma|mina|meid|me|olen|oleme';

export const et: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|praegu|nüüd|siin`,
    `?ohus|hädaohus|eluohtlik|eluohus ${WHO}|praegu|nüüd|appi|aita*|siin`,
    '=ohus|hädaohus',
    'vastu_minu_tahtmist|vastu_tahtmist|enesetapp*|tappa_ennast|vägisi|jõuga',
    `${HURT} praegu|nüüd|just_praegu`,
    // A question about compensation for a past beating is no alarm: the writer's beating is a '?' rule unless it is now.
    `?${HURT} mind|meid|mu|mul|mulle|olen|oleme`,
    `?${HURT} ${WHO}`,
    '?appi|aidake|aita|aidke|abi|help kohe|kiiresti|ruttu|kiire|nüüd|sos',
    '=appi*|aidake*|aita|abi|hädaabi|sos|politsei',
    `sos|hädaolukord|hädaolukorras ${ME}|kutsuge|politsei*|appi|tütar|poeg|ohus|see`,
    'kutsuge|helistage|helista|kutsu politsei*|112|kiirabi',
    '~lase|lasta|lasevad|lubata välja|minna|ära|minema|lahkuda',
    '~ei|ega saa|pääse|tohi välja|minema|ära|põgeneda|põgenema|lahkuda|koju',
    '~pass|passi|passid|dokumendid|dokumente|paberid|isikutunnistus|telefon*|mobiil* võtsid|võttis|võetud|peitsid|konfiskeeris*',
    'nuga|noa|noaga|relv|relva|relvaga|püstol* on|tal|ähvardab|ähvardas|sihib|mind|meid|kõri|hoiab|mees|ajab|ajavad|tuleb|seisab|lõikas',
    'surra tahan',
    '~sunnivad|sunnib|sunnitud|sunnitakse mind|meid|olen|mu',
    'sunnivad|sunnib|sunnitakse seksi*|prostitu*|klient*',
    '~kardan|hirm|hirmul tapab|leiab|lööb|tagasi|väga',
    '~jälitab|jälitavad|jälgib|jälgivad|ajab_taga|ajavad_taga mind|meid',
    'tulge|tule kiiresti|kohe|appi|ruttu|kähku|kiirelt',
    'teeb|teevad|tegid|tegi haiget|halba',
    'tirib|sikutab|kisub juustest|juukseid',
    `viisid|viis|panid|pani|tõstsid|lükkasid|toppisid kaubik*|auto*|veoauto*|furgoon*|bussi*|pagasiruum* ${WHO}`,
    `müüsid|müüs|müüdi|müüakse|müüvad ${WHO}|mehele|meestele`,
    'leidsid|leidis mu|mind|meid',
    'põgenesin|pääsesin|põgenesime|jooksin_ära peidan|peidus|peitu|otsivad',
    'peidan_end|peidan_ennast|olen_peidus|peidame_end|oleme_peidus',
    'ei_saa_hingata',
    // Fear for one's life, being looked for, watched: how people describe danger without its words.
    'oma_elu_pärast|oma_elu_eest|laste_elu_pärast|tapab_mu_ära|tapab_mind_ära|tapavad_mu_ära|mu_ära_tappa|mind_ära_tappa',
    `aidake|aita|appi ${HURT}`,
    '?tulevad|tuleb|tulevad_tagasi|tuleb_tagasi tagasi|õhtul|öösel hirmus|hirm|kardan|karta|hirmul',
    '?otsivad|otsib|jahivad mind|meid|mu|igalt_poolt',
    '?ei_ole_vaba|pole_vaba|ei_ole_vabad lahkuma|lahkuda|minema|ära',
    '?valvavad|valvab|jälgivad|jälgib mind|meid|kogu_aeg',
    // The body: what was done to it, said the way one reports it.
    'murdis|murdsid|lõhkus|lõhkusid käe|käsi|jala|jalg|nina|ribi*|hamba*|lõua|sõrme*',
    'vee_alla|vastu_seina pea|mu|surus|lõi',
    'juustest|juukseid tirib|tiris|sikutab|kisub|lohistab|tõmbab',
    '?seksuaalselt rünnati|ründas|ahistas|ahistati|kuritarvitati|kallale',
    'järel|järele|taga jookseb|jooksevad|tuleb|ajab mul|minu|meil',
    'lõhkus|murdis|lõhkusid|murdsid|lõi ukse|uks',
    'taob|taovad|peksab|lööb ust|uksele|ukse',
    '?kadus|kadunud|teadmata_kadunud hirm|hirmus|kardab|kardan|nutab|ähvard*|viidi|viisid|kirjutas|sõnumi|helistas',
    '?tasuta|palgata tööd|tööle|kerjama|lüüakse|lukustatakse|ööseks',
    '?ei_tea_kus_ma_olen|ei_tea_kus_me_oleme|ei_tea_kus_olen',
    'vannitoas|vannituppa|kapis|keldris peidus|peidan|peitu',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'pagasiruum* olen|oleme|ma|lukus|kinni',
    'sidusid|sidus|seotud käed|käsi|jalad',
    'lükkas|lükkasid|viskas trepist|aknast',
    'tahavad|tahab|võtta neer*|elund*',
    'hüppasin|hüppas aknast',
    '?põgenesin|pääsesin autost|bussist|kaubikust',
    'lukus|lukustatud väljast|väljastpoolt',
    '?konteiner*|keldri* oleme|tüdrukut|tüdrukud|meid|lukus|kinni',
    '?beebi|laps|lapse|last|poja|tütre|tütar võtsid|võttis|viisid|viidi|varastati|varastasid|rööviti',
    'appi|aidake viivad|viiakse|viis',
    'kõigele_lõpu_teha|lõpu_teha|ei_taha_elada|tahan_surra',
    'tapame_su|tapan_su|leiame_su|tapame|su_ära_tappa',
    'sisse_murda|sisse_murdma|sisse_tungida|sisse_murdnud',
    '?murrab|murravad|tungib|tungivad|tungis|tungisid|murdis sisse|korterisse|majja|tuppa|koju',
    // Round 4: a threat at the door or here, taken off the street, shot dead.
    `?${HURT} ukse_taga|ukse_all|siin|õues|väljas`,
    `võeti|võtsid|haarasid|tirisid|viisid ${ME}|lapse|tüdruku tänavalt|kaasa|autosse|vägisi`,
    '?lasti_maha|lasi_maha|lasid_maha|maha_lastud',
    // Round 3: the body failing (unconscious, not breathing), threats to the family tied to a debt,
    // being moved abroad, unable to talk with him near, a cry for help next door.
    '?teadvuseta|kaotas_teadvuse|kaotanud_teadvuse|minestas|ei_hinga|enam_ei_hinga|ei_ärka|üledoos*',
    `?ei_liigu|ei_reageeri|ei_liiguta ${WHO}|ta|inimene|keegi|isa|beebi|vanaema|mees|poiss`,
    `päästke|päästa ${ME}`,
    '=päästke|päästa',
    '?veritseb|veritsevad inimene|ta|tema|palju|väga|maas',
    '?pere*|perekon*|lastega|emaga juhtub|halba|teevad_haiget|tapavad|kannatab|kannatavad',
    'viiakse|viivad|viia|veetakse meid|mind|mu teise_riiki|välismaale|üle_piiri|vägisi|ei_taha',
    'ei_saa_rääkida|ei_saa_helistada|ei_saa_valjult|ei_või_rääkida kõrval|kuuleb|siin|aita*|appi',
    '?karjub|karjuvad|kisab|karjus appi|abi|naabri*|kõrval*|seina_taga',
  ],
  advice: 'kes|mida|kuidas|inimkaubandus*|kas|karistus|tunnused',
  ask: 'aastaid_tagasi|aastat_tagasi|aasta_eest|kuid_tagasi|eelmisel_aastal|lapsena|oma_loo|oma_lugu|sarja*|seriaal*|päriselt|filmi*|mida_teha_kui|kuidas_käituda|kuidas_toimida|kui_palju|mitu|statistika*|uudis*|artikl*|seaduslik|ebaseaduslik|tohib|seminar*|koolitus*|konto*|vorm*|teatan|teatada|teata|avaldus*|tunnused|ära_tunda|õigused|taskuhääling*|podcast*|dokumentaal*|film|raamat|karistus|aru_saada|romaan|hüvitis*|kuhu_ma_teatan|juba_kuid',
  calm: 'ei_ole_ohus|pole_ohus|ei_ole_hädaohus|välja_lukustatud|lukustatud_välja',
  filler: 'palun please kohe',
  strings: {
    call: 'Helista 112',
    text: 'Helista kohe 112. See on tasuta ja töötab igast telefonist. Kui saad, mine turvalisse kohta.',
    victimSupport: 'Ohvriabi',
    missingChildren: 'Kadunud lapsed',
  },
};
