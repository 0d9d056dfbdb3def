/** Swedish emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer, as subject, object or owner (spoken "mej"). */
const ME = 'jag|mig|mej|min|mitt|mina|vi|oss|vår|vårt|våra';
/** Someone else: pronouns (spoken "dom"), and the people a visitor writes about. */
const PEOPLE = 'han|hon|honom|henne|hen|dom|vän|kompis|tjej|tjejer|tjejerna|flickor|flickorna|pojkar|killar|flickvän|pojkvän|syster|bror|lillebror|dotter|son|mamma|pappa|fru|barn|barnen|bebis|flicka|pojke|granne|grannen|kollega|kusin|familj|familjen';
/** Whom it happens to, or now, again, a plea. */
const VICTIM = `${ME}|${PEOPLE}|nu|just_nu|igen|i_natt|ikväll|hjälp|snälla|please|genast`;
/** Where someone is shut in, and the ways out they are denied. */
const PLACE = 'källare|källaren|rum|rummet|bakrum|bakrummet|huset|lägenhet|lägenheten|container|bil|bilen|skåpbil|bagageluckan|toaletten|fabrik|fabriken|här';
const OUT = 'gå|ut|iväg|gå_ut|åka_hem|hem|komma_hem|komma_ut|gå_härifrån|fly|ta_mig_ut|ta_oss|lämna|komma_härifrån|komma_undan|rymma';

/** Violence, present and past: verb forms only ("våldtäkt", "misshandel" ask about a subject). */
const VIOLENCE = 'slår|slog|skjuten|skjuter|skjuta|sköt|skjutit|slagen|slagit|slagna|misshandl*|våldtar|våldtog|våldtagit|våldtagen|våldta|dödar|döda|dödade|dödat|'
  + 'mörda|mördar|mördade|knivhugg*|hugger|högg|stryper|strypa|strypte|strypt|ströp|kväver|kväva|attackerar|attackerade|attackerad|'
  + 'sparkar|örfil|örfilar|brände|bränt|bränner|torterar|torterade|förgriper|förgrep|skadar|skadade|skurit|överfallen|överföll|struptag|spöar|spöade|spöat|spöa';
/** Held against one's will. */
const HELD = 'inlåst|inlåsta|instängd|instängda|fasthållen|fasthållna|fasthålls|kidnappad|kidnappade|bortförd|fånge|fången|fångad|'
  + 'fångade|fångna|gisslan|fastkedjad|kedjad|fastbunden|inspärrad|inspärrade|stängt_in';

export const sv: EmergencyPack = {
  rules: [
    `?${VIOLENCE} ${VICTIM}|blir|blev|blivit|är`,
    `?${HELD} ${VICTIM}|${PLACE}|inne`,
    'livsfara|livrädd|dödsångest|rädd_för_mitt_liv|mot_min_vilja|mot_hennes_vilja|mot_vår_vilja|ta_livet_av_mig|döda_mig_själv|självmord|'
      + 'gömmer_mig|gömmer_oss|gömt_mig|gömde_mig|gör_illa|gjorde_illa|'
      + 'få_ut_mig|fa_ut_mig|få_mig_ut|få_ut_oss|få_oss_ut|släpp_ut_mig|släpp_ut_oss|ta_mig_härifrån|barrikader*|försöker_ta_sig_in|försöker_komma_in|ger_sig_på|gav_sig_på|går_på_mig|går_på_oss',
    'hotar|hotade|hotad|hot|dödshot mig|mej|oss|min|mitt|mina|vår|jag|vi|döda|mörda',
    'skadad|skadat|svårt_skadad|blöder|blod|sårad jag|mig|är|blir|barn|svårt|allvarligt|mycket|nu|han|hon',
    'tryckte|knuffade|drog|släpade|släpar|drar|tvingade|slängde bil|bilen|skåpbil|skåpbilen|van|lastbil|bagageluckan',
    '~tog|tagit|hämtat|snott min|mina dotter*|son|sonen|barn*|bebis|syster|bror|pojke|flicka|tjej|lillebror|lillasyster',
    'såld|sålt|sålde|säljer|köpt|köpte mig|mej|oss|henne',
    '~såld|sålt|sålde|köpt jag|vi|min|mina|mitt',
    'i_fara jag|vi|mig|oss|min|mitt|mina',
    'inte_säker|otrygg|inte_trygg här|hemma',
    'hjälp|hjälpa|hjalp|hjälp_mig nu|snabbt|genast|akut|omedelbart|fort|skynda',
    '=hjälp|hjälpa|sos|skynda|nödsituation|nödläge|nödfall|polis|nöd',
    'sos|nödsituation|nödläge jag|mig|vi|oss|han|hon|dom|hjälp|nu|min|här',
    'kom|kom_hit snabbt|fort|nu|genast',
    '~ring|ringa|ringer|skicka polisen|polis|112|ambulans|hjälp|någon|nån',
    'bryter|bröt|bryta|brutit dörren|in',
    `gör|gjorde|gjort|göra ${VICTIM}|bebis illa`,
    // Someone at the door or on the way back: with fear, a threat or "tonight", since speakers "come back" too.
    'tillbaka|utanför_dörren|vid_dörren|utanför_huset|vid_fönstret|utanför han|hon|dom|de|killen|mannen|männen|någon|nån|människohandlar*|hallick* '
      + 'i_natt|ikväll|rädd|döda|dödar|bankar|väntar|vet_det|hjälp|snart|sparkar|skriker|hotar',
    'står|väntar|är han|hon|dom|de|killen|mannen|någon|nån utanför_dörren|vid_dörren|utanför_huset|vid_fönstret|utanför_min_dörr',
    'tagits_med|tagit_med|tog_med|tog_henne|tog_honom|förd_bort|fördes_bort|kidnappa* främmande|okänd|okänt|man|män|bil|bilen dotter|son|barn|bebis|syster|bror|flicka|tjej|pojke|lillasyster|lillebror',
    'halsen|strupen skära|skär|skar|kniv|kniven|strypa',
    'knuffat_in|knuffade_in|tryckte_in|slängde_in|stängde_in|låste_in mig|oss|henne|honom|garderoben|skåpet|källaren|rummet',
    'vet_inte_var_jag_är|vet_inte_var_vi_är|ingen_aning_om_var_jag_är',
    'väntar_på_mig|väntar_på_oss han|hon|dom|de|någon|vågar_inte|rädd',
    'tänt_eld|tände_eld|brinner|eld huset|lägenheten|rummet|inte_ut',
    // A threat tied to leaving: "if I leave they will…"
    'om_jag_försöker_lämna|om_jag_lämnar|om_jag_flyr|om_jag_rymmer|om_vi_sticker|om_vi_flyr|om_jag_sticker hittar|familjer|döda|dödar|hitta|hittar|slå|skada|polisen|fängsla|familj*',
    '?sälja_sex|sälja_sig|prostitu* tvingar|tvingas|tvingad|tvinga|tvingade',
    '~körs|förs|fraktas|kör_mig|körde_mig|kör_oss|tar_med_mig|tog_med_mig|förde_mig nånstans|någonstans|iväg|bort|bil|bilen|skåpbil|vet_inte_var*',
    '~övervakad|övervakade|övervakar|vaktar|bevakad|håller_koll_på|håller_ögonen_på mig|oss|blir|dygnet_runt|hela_tiden|alltid|konstant|24*',
    `~låter|låt|släpper mig|mej|oss|henne|honom ${OUT}`,
    `~kan|får|kommer inte ${OUT}`,
    `~låser|låste|låst|stänger|stängde|håller|höll mig|mej|oss|henne|honom in|inne|fast|fångna|fången|instängda|${PLACE}`,
    `~sitter|satt fast ${PLACE}`,
    `?hålls|hölls kvar|fången|fast|inlåst|instängd ${VICTIM}`,
    'dörren|dörr låst|låste',
    '~behöver polis|polisen|ambulans',
    'skriker|skrika|skrik|skrek|ropar_på_hjälp hör|hörs|kan_höra',
    // A hostage and a demand.
    `håller|höll|hålls min|mina|vår|våra|${PEOPLE} lösen|lösensumma|pengar|betala|döda|gisslan`,
    '?lösen|lösensumma|lösensumman vill|kräver|betala|min|mitt|vår',
    '~pass|passet|passen|papper|id_kort|telefon|telefoner|telefonerna|mobil|mobilen|mobiler|mobilerna tagit|tog|tar|beslagtagit|stulit|gömt|tagits',
    'kniv|pistol|vapen|gevär|skjutvapen|kniven|yxa|yxan|machete har|med|han|hon|hotar|mot|kille|man',
    'dö vill',
    'självmord jag|vill|tänker',
    '~tvingar|tvingad|tvingade|tvingas|tvinga mig|mej|oss|jag|henne|honom',
    '~rädd dödar|hittar|slår|kommer_tillbaka',
    '~följer|förföljer|förföljd|jagar|letar_efter mig|mej|oss|henne|blivit|blir|är',
    '~hittat|hittade|hittar mig|mej|oss',
    '~rymt|rymde|flytt|flydde|stuckit gömmer|letar|jagar|nu|hjälp|rädd|följer|hittat',
    'medvetslös*|andas_inte|slutat_andas|ingen_luft|kan_inte_andas|överdos|svimmat|svimmade|hjärtstopp|vaknar_inte|reagerar_inte|ingen_puls|rör_sig_inte',
    `drogat|drogad|drogade|drogats|nedsövd|förgiftad|förgiftat|bedövad|bedövat ${VICTIM}|har|blev|är`,
    // Taken away, and now somewhere unknown.
    '~tog|tagit|tar|förde|fört|hämtade|hämtat oss|mig|mej|henne|honom|dem|dom från|ur|bort|iväg|med_sig nu|här|hus|huset|skog*|vet_inte|okänt|låst*|inte_ut',
    // Children kept from a parent, or a threat never to see someone again.
    'ger|ge|gav|lämnar|lämna|skickar tillbaka inte|aldrig|vägrar barn*|son|sonen|dotter*|bebis*|dem|dom|honom|henne|mina',
    'säger|sa|sade|hotar|hotade|sagt aldrig|aldrig_mer|aldrig_igen se|ser|träffa|få_se',
    // Being moved on: somewhere else, at night, without knowing where.
    '~annan|annat|andra|någon_annanstans|nånstans|utomlands|över_gränsen flyttar|flytta|kör|transporterar|skickar|skicka|tar|för|forslar oss|mig|mej|henne|honom '
      + 'i_natt|ikväll|på_natten|vet_inte_var*|ingen_aning_om_var*|mot|tvång|i_hemlighet',
    // Debt bondage with a threat, and threats to break bones.
    '~skyldig|skyldiga|skuld|skulder|betala_tillbaka|betala_av döda|dödar|bryta|bryter|hota*|annars|inlåst|slå|slår',
    'bryta|bryter|bryt|knäcka|knäcker benen|ben|armarna|armen|arm|fingrarna|fingrar|nacken|halsen|näsan|tänderna|käken',
    'överbord|i_vattnet|i_havet kastade|kastar|knuffade|knuffar|slängde man|kvinna|någon|mig|oss|honom|henne|barn',
    '?människohandlar*|hallick*|smugglare står|väntar|kommer|hittat|utanför|här nu|just_nu|hjälp|rädd',
    '~kommer hämta mig|oss|henne',
    '?jag_är|vi_är|är_jag|jag_blir|vi_blir|blir utsatt_för_människohandel|utsatta_för_människohandel|utnyttjad|utnyttjade|utnyttjas|handlad|tvångsprostituerad nu|just_nu|hjälp|hjalp|snälla|fortfarande|här|sos|akut',
    'sparkar|sparka|sparkade|bultar|hamrar|rycker_i|forcerar dörren|dörr|dörrar|fönstret|fönster någon|nån|han|hon|dom|de|mannen|män|nu|hjälp',
  ],
  advice: 'vem|vad|hur|människohandel|är_det|tecken|anmäla|anmäler|tipsa|kan_man|får_ett|finns',
  except: 'skjuter_upp|skjuta_upp|sköt_upp|dörren_till_kontoret|kontoret_var_låst|kontoret_är_låst|inte_i_fara|utelåst|konto_är_låst|kontot_är_låst|i_en_nödsituation|vid_nödsituation|inte_säker_på|slå_larm|slår_larm|slå_upp|slår_upp',
  // Violence told as past ("last year") or counted ("how many") is someone's story or a question, not danger now.
  ask: 'hur_anmäler|var_anmäler|hur_kan_jag_anmäla|var_kan_jag_anmäla|vill_anmäla|anmäla_en|anmäla_ett|dokumentär*|förra_året|år_sedan|länge_sedan|månader_sedan|som_barn|hur_många',
  filler: 'snälla please nu',
  strings: {
    call: 'Ring 112',
    text: 'Ring 112 nu. Det är gratis och fungerar från alla telefoner. Gå till en säker plats om du kan.',
    victimSupport: 'Brottsofferstöd',
    missingChildren: 'Försvunna barn',
  },
};
