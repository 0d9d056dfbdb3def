/**
 * Irish emergency rules and strings (notation: ../emergency-pack.ts). Irish changes a word's
 * first letters after some words (bualadh → do mo bhualadh, baol → i mbaol, díol → á ndíol), so
 * every form is listed; the object is often a possessive before the verbal noun ("do mo
 * bhualadh": hitting me) or a prepositional pronoun ("orm": on me). Some words are no sign as
 * they fold to others: "í" (her) to "i" (in), "ár" (our) to "ar" (on), "sá" (stab) to "sa" (in the).
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer: pronouns, "my", and the prepositions with "me" or "us" in them. */
const ME = 'mé|mise|mo|m|muid|sinn|sinne|orm|orainn|dom|dúinn|liom|linn|agam|táim|táimid|mé_féin';
/** Someone else, and the people a visitor writes about, in their mutated forms. */
const PEOPLE = 'air|uirthi|orthu|cara|chara|deirfiúr|dheirfiúr|dheirféar|deartháir|dheartháir|iníon|mac|mhac|máthair|mháthair|'
  + 'athair|bean|bhean|mbean|páiste|pháiste|páistí|pháistí|bpáistí|leanbh|cailín|chailín|buachaill|bhuachaill|comharsa|chomharsa|oibrí|oibrithe|theaghlach|teaghlach';
/** Whom it happens to, or now, again, a plea. */
const VICTIM = `${ME}|${PEOPLE}|anois|arís|anocht|cabhair|please|help`;

/** Violence: verbs, verbal nouns and their mutated forms ("d'ionsaigh" folds to "d ionsaigh"). */
const VIOLENCE = 'buail*|bhuail*|bualadh|bhualadh|mbualadh|ciceáil|chiceáil|gciceáil|speach*|leadóg|leadhb|boiseog|léasadh|léas|ghread|greadadh|'
  + 'batráil|bhatráil|ionsaí|ionsaigh|ionsaíodh|éign*|héign*|marú|mharú|maraigh|mharaigh|maró*|mharó*|maraíodh|dúnmharú|dhúnmharaigh|'
  + 'gortú|ghortú|ghortaigh|gortaíonn|gortaigh|gortaíodh|gortóidh|ngortóidh|ghortóidh|tacht*|thacht*|dhóigh|dóite|mo_dhó|sháigh|shá|sádh|sáite|sáitheadh|céasadh|chéas';
/** Held, shut in or taken against one's will. */
const HELD = 'faoi_ghlas|glasáilte|sáinnithe|i_bhfostú|i_ngéibheann|i_mbraighdeanas|príosúnach|bpríosún|fuadaíodh|fhuadaigh|fuadaigh|'
  + 'fuadaithe|fuadach|fhuadach|slabhra|slabhraí|shlabhra|gialla|ngiall';

export const ga: EmergencyPack = {
  rules: [
    `${VIOLENCE} ${VICTIM}`,
    `?${HELD} ${VICTIM}|doras|dhoras|seomra|teach|íoslach|veain|carr|charr`,
    'glas_orm|glas_orainn|chuir_sé_glas|chuir_siad_glas|glas_ar_an_doras|ag_briseadh_an_dorais|contúirt_bháis|bagairt_bháis|'
      + 'in_aghaidh_a_tola|in_aghaidh_a_toile|in_aghaidh_mo_thola|in_aghaidh_mo_thoile|féinmharú|lámh_a_chur_ionam_féin|ní_ligtear_dom|ní_ligtear_dúinn|'
      + 'mo_choinneáil|dár_gcoinneáil|á_bualadh|á_bhualadh|á_mbualadh|dár_mbualadh|á_tachtadh|á_thachtadh|á_gortú|á_ghortú|á_héigniú|á_marú|á_mharú|'
      + 'rugadh_orm|rug_siad_orm|brúdh_isteach|maróidh_sé|maróidh_siad|ag_teacht_chun_mé|i_bhfolach|ag_cur_fola|cur_fola|eagla_orm_go_maróidh|mo_choimeád|dár_gcoimeád|á_coimeád|i_sáinn|ag_fáil_bháis|níl_aon_bhealach_amach|níl_bealach_amach|'
      + 'faigh_amach_as_seo|faighigí_amach_as_seo|amach_as_seo_mé|amach_as_seo_muid|amach_as_seo_sinn|ag_iarraidh_teacht_isteach|ag_iarraidh_briseadh_isteach|bac_ar_an_doras',
    // "Being held": silenced by a question about reporting ("how do I report a farm where workers are held").
    `?á_coinneáil!|á_gcoinneáil! ${VICTIM}|tá|atá|iad`,
    '~coinníonn|choinnigh|choinníodar|coinneofar siad|sé muid|mé|sinn|mise|sa_choimeádán|choimeádán|íoslach|seomra',
    'bagairt|bagairtí|bhagair|bagraíonn|bagróidh|ag_bagairt orm|orainn|mo|m|mé|muid|sinn|sinne|mharú|marú|ghortú|a_dhó',
    'díoladh|díolta|ceannaíodh|ceannaithe mé|muid|sinn|mo|m',
    'dhíol|cheannaigh|dhíoladar|díolfaidh|dhíolfaidh siad|sé|sí mé|muid|sinn|mo|m',
    'bhrúigh|tharraing|ag_tarraingt|chaith|chuir|sháigh isteach gcarr|charr|veain|leoraí|bhfeithicil|mbút',
    '~thóg|thógadar|tógadh|sciob|fhuadaigh mo|m iníon|mhac|pháiste|pháistí|bpáistí|leanbh|dheirfiúr|dheartháir',
    'gortaithe|créachtaithe|fuil|fola mé|táim|muid|mo|chara|go_dona|anois|i_ngach_áit|gach_áit|ag_bogadh|uirthi|air',
    'níl_sí_ag_bogadh|níl_sé_ag_bogadh|níl_aer|gan_aer|ní_féidir_linn_análú|ag_plúchadh|plúchta|níl_sé_ag_análú|níl_sí_ag_análú|gan_aithne|ródháileog|ródháil|ní_féidir_liom_análú|ní_féidir_liom_anáil|'
      + 'eagla_orm_go_gcaillfear|eagla_ar_mo_shaol|faitíos_ar_mo_shaol|eagla_orm_faoi_mo_shaol|cabhairta*|cabhraighliom*|cabhairle*',
    'ghortaigh|bhuail|bhuaileadar|ghread|chiceáil|thacht siad|sé|sí',
    // Someone at the door or on the way back: with fear, a threat or "tonight", since speakers "are back" too.
    'ar_ais|taobh_amuigh|lasmuigh|ag_an_doras|ag_an_bhfuinneog sé|sí|siad|fear|fir|duine '
      + 'anocht|eagla|mharú|marú|maróidh|ag_bualadh|ag_fanacht|tá_a_fhios|cabhair|help|go_luath|ag_ciceáil|ag_screadach|brostaigh',
    'taobh_amuigh_den_doras|lasmuigh_den_doras|ag_an_doras|taobh_amuigh_den_teach|ag_an_bhfuinneog tá_sé|tá_sí|tá_siad|tá_fear|tá_duine',
    'scornach|scornaigh gearr*|ngearr*|ghearr*|scian|tacht*',
    'bhrúigh|chaith|chuir|sháigh isteach vardrús|cófra|gcófra|íoslach|seomra',
    'níl_a_fhios_agam_cá_bhfuil_mé|níl_a_fhios_agam_cá_bhfuil_muid|níl_a_fhios_agam_cá_bhfuilim|níl_a_fhios_agam_cá_háit',
    'ag_fanacht_liom|ag_fanacht_orm|ag_fanacht_linn sé|sí|siad|fear|eagla|misneach|abhaile',
    'gnéas|striapachas iallach|d_iallach|éigean',
    'briseadh_isteach|bhris_isteach|bhriseadar_isteach fir|fear|siad|sé|duine|tá|anois|teach|doras',
    '~do_mo_thiomáint|dár_dtiomáint|do_mo_thabhairt|dár_dtabhairt|mo_thógáil áit_éigin|carr|gcarr|charr|veain|ar_shiúl|níl_a_fhios',
    'scian|sceana|gunna|ghunna|piostal|raidhfil|tua|thua|claíomh aige|aici|acu|le|orm|orainn|tharraing',
    'i_mbaol|i_gcontúirt|contúirt|éigeandáil tá_mé|táim|mé|mo|muid|sinn|mise|orm|orainn|dheirfiúr|chara|boss|anois',
    'nílim_slán|níl_mé_slán|níl_muid_slán|nílimid_slán anseo|brostaigh|cabhair|sa_bhaile|tá',
    'cabhair|chabhair|cuidigh|cuidiú|cabhraigh|chabhraigh|cabhraig go_tapa|anois|láithreach|práinn*|go_práinneach|tapa|brostaigh|brostaígí',
    '=brostaígí|brostaigh|cabhair|chabhair|cabhraig|cuidigh|cabhraigh|tarrtháil|sos|gardaí|garda|help|éigeandáil|práinn',
    'sos tá_sé|tá_siad|cabhair|cabhraigh|gardaí|anois|mé|orm|help',
    'tar|tagaigí|tagaí go_tapa|anois|láithreach',
    '~glaoigh|glaoigí|cuir_fios|cuirigí_fios gardaí|garda|otharcharr|112|999',
    'ag_teacht_isteach|ag_briseadh_isteach cabhair|tá_siad|tá_sé|help',
    '~dom|dúinn|mé|muid ligeann|ligfidh|lig|ligfear imeacht|amach|éalú|fágáil|fhágáil|abhaile',
    '~ligeann|ligfidh|lig|ligfear dom|dúinn|mé|muid|di|dó imeacht|amach|éalú|fágáil|fhágáil|abhaile',
    '~níl_cead|ní_féidir|ní_thig|níl_mé_in_ann|nílim_in_ann imeacht|amach|éalú|dul_amach|fágáil|fhágáil|teitheadh|abhaile',
    '~ag_faire_orm|ag_faire_orainn|mo_leanúint|dár_leanúint|ar_mo_thóir|sa_tóir_orm|i_mo_dhiaidh|mo_lorg|dár_lorg|lean_sé_mé|lean_siad_mé|fuair_siad_mé|fuair_sé_mé',
    '~pas|phas|bpas|pasanna|bpasanna|pas_taistil|cáipéisí|gcáipéisí|páipéir|pháipéir|fón|fhón|bhfón|fóin|bhfóin thóg|tógadh|thógadar|ghoid|ghoideadar|choinnigh',
    'bhris|bhriseadar mo|m lámh|cos|srón|easna|fhiacail|ghéag',
    '~ar_iarraidh mo|m pháiste|iníon|mhac|leanbh|pháistí',
    'ceangailte|cheangail leaba|cathaoir|slabhra|rópa|téad',
    '~iallach|d_iallach|éigean orm|orainn|mé|uirthi|air|ar_chailín',
    '~eagla|faitíos marú|mharú|mharóidh|maróidh|bhualadh|teacht_ar_ais',
    '~d_éalaigh|éalaigh bhfolach|lorg|tóir|anois|cabhair|eagla',
    'ag_bualadh mo|anois|orm|muid',
    '~má_éalaím|má_éalaímid|má_imím|má_imímid|má_labhraím|má_insím n_aimseoidh|aimseoidh|maróidh|mharóidh|dteaghlaigh|teaghlaigh|ngortóidh|díolfaidh',
    'bhrúigh|brúdh|chaith síos_an_staighre|den_staighre|thar_bord|san_uisce|san_fharraige fear|bean|bhean|duine|mé|muid|páiste|cailín',
    'scaoil*|lámhach*|urchar gunna*|ghunna|orm|orainn|mé|muid|duine|air|uirthi',
    '?trí_thine teach|muid|mé|istigh|bagairt|cabhair|anois',
    '?gáinneálaí*|gháinneálaí* taobh_amuigh|lasmuigh|anseo|ag_teacht|ag_fanacht|fuair anois|cabhair|eagla|help',
    // Taken away, and now somewhere unknown or shut in.
    '~thóg|thógadar|tógadh|sciob|rug|rugadar muid|mé|sinn|mise ó|ón|as|amach|ar_shiúl anois|teach|dteach|choill|coill|níl_a_fhios|faoi_ghlas',
    '~cathair_eile|tír_eile|áit_eile|thar_lear|anocht|níl_a_fhios ag_aistriú|ag_bogadh|dár_mbogadh|dár_dtabhairt|do_mo_thabhairt|ár_dtabhairt muid|mé|sinn|orainn',
    // Children kept from a parent, or a threat never to see someone again.
    'ní_thabharfaidh|ní_thugann|nach_dtabharfaidh|nach_dtugann|diúltaíonn ar_ais páistí|pháistí|bpáistí|leanbh|mac|mhac|iníon|iad',
    'ní_fheicfidh|nach_bhfeicfidh|ní_fheicfear arís|choíche|go_deo|riamh tú|sibh|páistí|pháistí|bpáistí|iad|teaghlach|mháthair',
    // Debt bondage with a threat, and threats to break bones.
    '~fiacha|fiach|bhfiacha|aisíoc marú|mharú|maróidh|mbrisfidh|brisfidh|bagairt|bhagair|bagraíonn|gortú|ghortú|faoi_ghlas',
    'brisfidh|mbrisfidh|bhrisfidh|brisfear|mbrisfeadh|bhrisfeadh mo|m|do|a cos|cosa|chosa|lámh|lámha|láimh|srón|easna|fiacla|méara|mhéara|cnámha|muineál|mhuineál',
    '?á_gháinneáil|á_gáinneáil|á_ngáinneáil|dár_ngáinneáil|do_mo_gháinneáil táim|tá_mé|táimid|tá_muid|tá_sí|tá_sé|cabhair|anois|help',
    'ciceáil|chiceáil|ag_briseadh|briseadh|ag_brú|ag_réabadh doras|dorais|fuinneog|fhuinneog|bhfuinneog|fuinneoige duine|fear|fir|sé|siad|anois|isteach|cabhair|help',
  ],
  advice: 'cé|cad|conas|gáinneáil|an_bhfuil|an_féidir|cá|cathain|tuairisc*|thuairisc*',
  except: 'níos_mó|is_mó|amach_faoi_ghlas|mé_féin_amach|an_eochair|ní_éigeandáil|scaoileadh_saor|scaoil_saor|scaoilfear_saor|hoifige_faoi_ghlas|oifig_faoi_ghlas|i_bhfolach_againn|aon_rud_i_bhfolach|rud_ar_bith_i_bhfolach|níl_mé_i_mbaol|nílim_i_mbaol|níl_muid_i_mbaol|in_éigeandáil|i_gcás_éigeandála|chuntas_faoi_ghlas|cuntas_faoi_ghlas|glasáilte_amach|'
    + 'buail_le|bhuail_le|bualadh_le|bhualadh_le|buailfimid_le|buail_isteach|bhuail_isteach|ar_dhóigh|ar_an_dóigh',
  filler: 'le do thoil bhur dtoil led please anois',
  ask: 'conas_a_thuairiscím|conas_is_féidir_liom_tuairisc*|tuairisciú|thuairisciú|blianta_ó_shin|anuraidh|bliain_ó_shin|fadó|míonna_ó_shin|cé_mhéad',
  strings: {
    call: 'Glaoigh ar 112',
    text: 'Glaoigh ar 112 anois. Tá sé saor in aisce agus oibríonn sé ó aon fhón. Más féidir leat, téigh go háit shábháilte.',
    victimSupport: "Tacaíocht d'íospartaigh",
    missingChildren: 'Leanaí ar iarraidh',
  },
};
