/**
 * Maltese emergency rules and strings (notation: ../emergency-pack.ts). Maltese attaches the
 * object to the verb ("isawwatni": he beats me), so forms ending in -ni (me) and -na (us) are
 * rules of their own, and other forms of the verb need a sign of whom it is done to. ċ ġ ħ ż
 * fold to the c g h z many type; "weġġgħ" folds and squeezes to "wegh", typed plain it is "wegg".
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** The writer: pronouns, "my" (after the noun), "myself"; "qed" (progressive) says it is now. */
const ME = 'jien|jiena|lili|tiegħi|aħna|lilna|tagħna|magħna|ruħi|qed|qiegħed|qiegħda|qegħdin|ninsab';
/** Someone else: the people a visitor writes about ("ommi": my mother, "oħti": my sister). */
const PEOPLE = 'lilu|lilha|lilhom|ħabib|ħabiba|ħabibi|ħabibti|sieħbi|sieħbti|oħti|ħija|binti|ibni|ommi|missieri|marti|żewġi|'
  + 'tifel|tifla|tfajla|tfal|tarbija|ġar|ġara|ġirien|kuġin|kuġina|kollega|ħaddiem|ħaddiema|familja|family|boyfriend|girlfriend';
/** Whom it happens to, or now, again, a plea. */
const VICTIM = `${ME}|${PEOPLE}|issa|bħalissa|reġa|għinuni|għajnuna|please|help`;

/** Violence done to me or us: the verb with its object, past and present. */
const TO_ME = 'isawwatni|jsawwatni|sawwatni|isawtuni|jsawtuni|sawtuni|sawwtuni|isawwatna|jsawtuna|isawtuna|sawtuna|joqtolni|joqtluni|'
  + 'qatluni|noqtlek|jheddidni|iheddidni|heddidni|jhedduni|ihedduni|heddewni|stuprani|stupruni|stuprawni|weġġagħni|weġġgħuni|wegghuni|'
  + 'jaggredixxini|aggredixxini|jeqtilni|jeqtluni|qtilni|jifgani|ifgani|fgani|jifguni|fgawni|attakkani|attakkawni|joħnoqni|joħonquni|ħanaqni|ħanquni|ħarquni|ħaraqni|laqatni|laqtuni|jolqotni|'
  + 'qatagħni|qatgħuni|jabbużani|abbużani|abbużawni|tani_daqqa|tani_daqqiet|jagħtini_daqqiet|tawni_xebgħa|tani_xebgħa';
/** The same verbs in any person, with a sign of whom. */
const VIOLENCE = 'isawwat*|jsawwat*|sawwat*|sawtu*|isawtu*|jsawtu*|msawwat*|msawta*|imsawwat*|joqtol*|joqtl*|noqtol*|toqtol*|qatel*|qatlu*|'
  + 'maqtul*|jeqtil*|jeqtl*|jeqtel*|jifga*|ifga*|stupr*|abbuża|jabbuża|abbużaw|jabbużaw|abbużat*|attakk*|aggred*|wegg*|iwegg*|jwegg*|twegg*|wegh*|iwegh*|jwegh*|twegh*|'
  + 'joħonq*|joħnoq*|toħnoq*|ħanaq*|ħanqu*|ħaraq*|ħarqu*|jaħraq*|jaħarqu*|laqat*|jolqot*|jattakk*|jaggred*|drogaw*|iddrogaw*|ddrogaw*';
/** Shut in, held or taken. */
const HELD = 'imsakkar*|msakkar*|msakkr*|imsakkr*|maqful*|qafluni|qaflitni|qafilni|qaflulna|qafluna|għalquni|għalaqni|priġunier*|ostaġġ*|'
  + 'marbut*|imkatnat*|katina|ħataf|ħatfet|ħatfu|ħatfuha|ħatfuh|maħtuf*|miżmum*';

export const mt: EmergencyPack = {
  rules: [
    TO_ME,
    `${VIOLENCE} ${VICTIM}`,
    `?${HELD} ${VICTIM}|ġewwa|kamra|dar|kantina|karozza|van|container|bieb`,
    'sakkruni|sakkarni|sakkruna|sakkar_il_bieb|sakkruli|ħatfuni|ħatfuna|jiddemm*|tiddemm*|ma_jiħux_nifs|ma_tiħux_nifs|ma_jieħux_nifs|ħatafni|iżommuni|iżżommuni|jżommuni|iżommuna|jżommuna|żammewni|żammuni|'
      + 'salvawni|salvani|biegħuni|biegħni|xtrawni|xtrani|xtrawna|inbigħt|suwiċidju|noqtol_ruħi|se_joqtolni|ħa_joqtolni|'
      + 'niddemmem|ħiereġ_id_demm|joħroġ_id_demm|qed_nistaħba|nistaħba|nistaħbew|moħbija|moħbi',
    '?iżommuha|jżommuha|kontra_r_rieda',
    `hedd*|jhedd*|ihedd*|thedd*|theddid ${ME}|ommi|missieri|binti|ibni|oħti|ħija|tfal|uliedi`,
    'daqqa|daqqiet|xebgħa|ħarta|ponn|bis_sieq|bil_ponn tani|tatni|tawni|jagħtini|tagħtini|jagħtuni|qed|ta|taha|tah',
    'biegħu|biegħuha|biegħuh|xtrawha|xtraha|mibjugħ* tiegħi|tagħna|oħti|ħija|binti|ibni|kuġina|kuġin|ħabiba|lili',
    'maqbud*|inqbadt kantina|kamra|dar|ġewwa|karozza|van|container|bieb',
    'ferut|ferita|feruti|imwegg*|mwegg*|demm jien|qed|ħafna|lili|ħabib|ħabiba|oħti|ħija|tiegħi|kullimkien',
    'ma_tiċċaqlaqx|ma_jiċċaqlaqx|mhux_qed_jieħu_nifs|mhux_qed_tieħu_nifs|ma_jistax_jieħu_nifs|ma_nistax_nieħu_nifs|mitluf_minn_sensih|mitlufa_minn_sensiha|mingħajr_sensi|bla_sensi|ħass_ħażin|mitluq_mal_art|mitluqa_mal_art|overdose|'
      + 'għal_ħajti|ħajti_fil_periklu|jippruvaw_jidħlu|qed_jidħlu_bil_forza',
    'jagħfas*|għafas*|joħnoq*|toħnoq*|jaqtagħ*|qatagħ* għonq*|griżm*|subgħ*|swaba|idi|idejja|widnejja|wiċċi|ilsien*',
    'bil_forza jidħlu|daħlu|jidħol|daħal|jkissru|kissru|bieb|dar',
    // Someone at the door or on the way back: with fear, a threat or "tonight", since speakers "come again" too.
    'jerġgħu_jiġu|jerġa_jiġi|reġa_ġie|reġgħu_ġew|ġej_lura|ġejjin_lura|barra_l_bieb|quddiem_id_dar|mat_tieqa '
      + 'llejla|naf|se|joqtol*|isawwat*|nibża|qed|ħaffu|għinuni|help|jħabbat|iħabbat|jistenna*',
    'qiegħed|qiegħda|qegħdin|jinsab|qed_jistenna barra_l_bieb|barra_d_dar|quddiem_il_bieb|quddiem_id_dar|mat_tieqa',
    'ma_nafx_fejn_jien|ma_nafx_fejn_sejrin|ma_nafx_fejn_sejra|ma_nafx_fejn_sejjer|ma_nafx_fejn_qed_jeħdu*|ma_nafx_fejn_ninsab|ma_nafx_fejn_qegħdin|ma_nafx_fejn_aħna',
    'jistennieni|jistennewni|jistennewna ma_nazzardax|nibża|barra|ħaffu|għinuni',
    `${VIOLENCE} lil_min|kull_min|lil_kulħadd`,
    'sess|prostituzzjoni iġegħlu*|jġegħlu*|ġegħlu*|sfurzaw*|isfurzaw*|imġiegħl*',
    '~ġabuni|ġabitni|ġabna|ġabuna hawn|ma_nistax|lura|id_dar',
    `ħadha|ħaduha|ħadhom|ħatafha|ħatfuha raġel|irġiel|xi_ħadd|barrani|karozza|van ${PEOPLE}|lili`,
    // Not weak: "x'imkien" (somewhere) holds the advice word "x" (what).
    'jeħduni|ħaduni|jeħduna|ħaduna|jiġbduni|jittrasportaw*|ittrasportaw*|jċaqilqu*|iċaqilqu* band_oħra|illejla|x_imkien|ma_nafx_fejn|il_bogħod|bil_forza|issa|qegħdin|kampanja|razzett',
    '~jgħassuni|igħassuni|jgħassu|jħarsu_lejja lejl_u_nhar|dejjem|il_ħin_kollu|24*|lili|lilna|ma_nistax',
    'daħħalni|daħħlitni|daħħluni|daħħluha|daħħluh|daħħlu|tefgħuni|tefgħuha|kaxkruni|kaxkruha|imbuttawni|imbuttawha karozza|van|vann|trakk|ġo|ġol|gwardarobba|armarju|kantina',
    '~ħadu|ħaduli|ħadulna|ħaduha|ħatfu binti|ibni|tfal|tifel|tifla|oħti|ħija|uliedi',
    'sikkina|sikkini|arma|pistola|pistoli|senter|xkubetta|xkubetti|gun|knife|mannara għandu|għandha|għandhom|bi|b|bis|qed|jhedded|rasi|lili',
    'ikissru|jkissru|kissru bieb',
    'fil_periklu|f_periklu|periklu|emerġenza|emergency jien|aħna|qiegħed|qiegħda|ħajti|tiegħi|ninsab|qed|help|għinuni|boss|reġa',
    'm_inix_sigura|m_inix_sigur|mhux_sigura|mhux_sigur|mhux_safe hawn|id_dar|ħaffu|għinuni|help',
    'għajnuna|għinuni|għinni|għini|ajjut|salvawni malajr|issa|urġenti|immedjatament|fil_pront|ħaffu|please|help|ejjew',
    '=għajnuna|għinuni*|għinni|għini|ajjut|salvawni|sos|pulizija|emerġenza|help',
    'sos jien|qed|reġa|issa|għinuni|help|hawn|lili',
    'ejja|ejjew|ħaffu malajr|issa|pulizija',
    '~ċemplu|ċempel|sejħu|ibagħtu|ibgħatu|ibgħat pulizija|ambulanza|112|għajnuna',
    'locked|trapped|help ġewwa|kamra|għinuni|jien|qed',
    '~iħalluni|iħallunix|jħalluni|jħallunix|iħallini|jħallinix|iħalluniex|jħalliniex noħroġ|nitlaq|immur|naħrab|noħorġu|immorru|nitilqu|id_dar',
    '~ma_nistax|ma_nistgħux|ma_tistax noħroġ|nitlaq|naħrab|niskappa|noħorġu|nitilqu|toħroġ|naħarbu',
    '~jissakkru*|isakkru*|jsakkru*|iżommu|jżommu ġewwa|kamra|container|lilna|lili',
    '~passaport*|dokumenti|karta_tal_identità|mobile|mobiles|mowbajl|telefon ħaduli|ħadli|ħadu|ħadulna|ħadilna|ħaduhuli|serqu|serquli|ħbew|ħbewli|ħadulhom|ħa|żamm|żammewli|għandu|għandhom',
    'immut|nmut irrid|nixtieq',
    '~iġegħluni|ġegħluni|jġegħluni|sfurzawni|jisfurzawni|isfurzawni|imġiegħla|imġiegħel|ġegħluna|iġegħluha|ġegħelni',
    '~nibża|nibżgħu|beżgħana joqtol*|joqtl*|isibni|jiġi|jerġa|isawwat*',
    '~isegwini|jsegwini|isegwuni|jsegwuni|warajja|ifittxuni|qed_ifittxu',
    '~sabuni|sabni|sabitni qegħdin|barra|hawn|issa|reġa',
    '~ħrabt|ħrabna|ħarbet|ħarab nistaħba|ifittxuni|qed|issa|għinuni',
    // Round 3: struck with a thing, armed men.
    'lasta|ħadid|flixkun|ċinturin|bastun|ħaġra|mazza tani|tatni|tawni|laqatni|laqtuni|sawwatni|qed',
    'armat|armati raġel|irġiel|hemm|bieb|qed',
    `jisparaw|sparaw|spara|jispara|sparali|sparawli|sparawlu|sparalu ${VICTIM}|fuq`,
    // Round 4: screaming for help, drugged and driven off.
    'tgħajjat*|jgħajjat*|jgħajtu|qed_jgħajtu|tgħajjat għajnuna|help|ajjut|salvawni',
    'drogawni|iddrogawni|ddrogawni|tawni_d_droga|tani_d_droga|tatni_d_droga karozza|van|ma_nafx|issa|qed|hawn|jien',
    '~ejja_għalija|ejjew_għalija|ħudni_minn_hawn|oħroġni_minn_hawn',
  ],
  advice: 'min|x|kif|traffikar|sinjali|nirrapporta|nirrapportaw|rapport*|fejn',
  ask: 'nirrapporta|nirrapportaw|ninforma|lil_min|sinjali|sinjal|drittijiet|dokumentarju|film|ktieb|piena|tidher|jidhru|qisha|qisu',
  except: 'uffiċċju_kien_imsakkar|l_uffiċċju_msakkar|uffiċċju_imsakkar|xejn_moħbi|xejn_x_naħbu|m_inix_fil_periklu|mhux_fil_periklu|m_aħniex_fil_periklu|f_emerġenza|fl_emerġenza|f_każ_ta_emerġenza|numru_tal_emerġenza|'
    + 'account_tiegħi_msakkar|account_msakkar|account_imsakkar|sakkruli_l_account|daqqa_t_id|daqqa_ta_id|daqqa_t_għajn',
  filler: 'jekk jogħġbok jekk jogħgbok please issa',
  strings: {
    call: 'Ċempel 112',
    text: "Ċempel il-112 issa. Huwa b'xejn u jaħdem minn kwalunkwe telefon. Jekk tista', mur f'post sigur.",
    victimSupport: 'Appoġġ għall-vittmi',
    missingChildren: 'Tfal neqsin',
  },
};
