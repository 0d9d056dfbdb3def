/**
 * Irish emergency rules and strings (notation: ../emergency-pack.ts). Irish changes a word's
 * first letters after some words (bualadh → do mo bhualadh, baol → i mbaol), so both forms
 * are listed.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mé|mo|m|muid|sinn|mise|orm|dom|liom|orainn|dúinn|é|í|air|uirthi|cara|chara|deirfiúr|dheirfiúr|deartháir|dheartháir|iníon|mac|mhac|máthair|mháthair|bean|mbean|páiste|pháiste|táim|tá';

export const ga: EmergencyPack = {
  rules: [
    'glas_orm|glas_orainn|i_ngéibheann|in_aghaidh_a_tola|in_aghaidh_a_toile|ní_ligtear_dom|ní_ligtear_dúinn|chuir_sé_glas|chuir_siad_glas|glas_ar_an_doras|ag_briseadh_an_dorais|contúirt_bháis|in_aghaidh_mo_thola|féinmharú|lámh_a_chur_ionam_féin',
    `glasáilte|fuadaithe|fhuadaigh|fuadach|príosúnach|bpríosún|ngabháil ${P}`,
    'do_mo_bhualadh|dom_bhualadh|á_bhualadh|á_bualadh|ag_bualadh_orm|bhuail_sé_mé|bhuail_siad_mé|bhuail_sí_mé|buaileann_sé_mé|buaileann_siad_mé|bhuail_sé_í|bhuail_sé_é',
    `éigniú|éigníodh|éignigh|marú|mharú|maraigh|mharaigh|maróidh|bagairt|bhagair|bagraíonn|sháigh|tachtadh|thacht|ionsaí|ionsaigh|d_ionsaigh|gortú|ghortaigh|gortaíonn ${P}|anois`,
    'cabhair|chabhair|cuidigh|cuidiú|cabhraigh|chabhraigh go_tapa|anois|láithreach|práinn*|go_práinneach|tapa',
    '=cabhair|chabhair|cabhraig|cuidigh|cabhraigh|tarrtháil|sos|gardaí|garda|help',
    '~ligeann|ligfidh|lig|ligfear dom|dúinn|mé imeacht|amach|éalú|fágáil|fhágáil',
    '~níl_cead|ní_féidir|ní_thig|níl_mé_in_ann|nílim_in_ann imeacht|amach|éalú|dul_amach|fágáil|fhágáil|teitheadh',
    '~pas|phas|pas_taistil|cáipéisí|gcáipéisí|páipéir|pháipéir thóg|tógadh|thógadar|ghoid|ghoideadar',
    'scian|sceana|gunna|ghunna|arm aige|aici|acu|le',
    '~iallach|d_iallach|éigean orm|orainn|mé|uirthi|air',
    '~eagla|faitíos marú|mharú|mharóidh|maróidh|bhualadh|teacht_ar_ais',
    'tar|tagaigí|tagaí go_tapa|anois|láithreach',
    '~fón|fhón thóg',
    'faoi_ghlas|i_mbaol|i_gcontúirt tá_mé|táim|mé|mo|muid|sinn|mise|orm|dheirfiúr|chara',
    'ag_bualadh mo|anois|orm|muid',
  ],
  advice: 'cé|cad|conas|gáinneáil|an_bhfuil',
  filler: 'le do thoil led please anois',
  strings: {
    call: 'Glaoigh ar 112',
    text: 'Glaoigh ar 112 anois. Tá sé saor in aisce agus oibríonn sé ó aon fhón. Más féidir leat, téigh go háit shábháilte.',
    victimSupport: "Tacaíocht d'íospartaigh",
    missingChildren: 'Leanaí ar iarraidh',
  },
};
