/**
 * Romanian emergency rules and strings (notation: ../emergency-pack.ts), written as concept
 * vocabularies (who, being held, violence, weapons…) that the rules combine, so that a phrasing
 * nobody wrote down yet is still caught. Typed without diacritics (ş/ș, ţ/ț fold alike).
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Someone it is happening to: the writer, someone close, a person word, "am/is". */
const WHO = 'mă|m|îmi|mi|mie|mine|ne|noi|meu|mea|mei|mele|eu|îl|l|sunt|suntem|este'
  + '|prieten*|sora|sorei|fratele|fiica|fata|fiul|băiatul|mama|soția|copil*|copii|verișoar*|vărul|vecin*|coleg*|muncitor*';
/** Held: shut in, kidnapped, kept, chained, trapped (participles and present forms). */
const HELD = 'închis|închisă|închiși|închise|încuiat*|sechestrat*!|răpit*|prizonier*|ostatic*|ținut*|legat*|înlănțuit*'
  + '|captiv*|prins*|încui*|închid|sechestrează|răpesc|răpit';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding (verb forms, not the nouns of a question). */
const HURT = 'bate|bat|bătut*|lovește|lovesc|lovit*|violat*|violează!|omoară|omor|omoare|ucide|ucid|amenință'
  + '|amenințat*|înjunghi*|sugrum*|sufoc*|strânge|atacat*|atacă|rănit*|rănesc|rănește|agresat*|chinuie|abuzează'
  + '|palme|pumni|picioarele|picioare|ars|arde|ard|ardă|sângerez|sângerează|sângera|tortur*|împușc*|trage|târăște|drogat*|îneacă|împins*';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'mă|m|îmi|mi|ne|noi|eu|sunt|suntem';

export const ro: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|aici|acum`,
    'în_pericol|pericol_de_moarte|salvează_mă|salvați_mă|salvați_ne|salvează_ne|salvatima|împotriva_voinței_mele|fără_voia_mea|sinucid*|să_mă_omor|cu_forța',
    `${HURT} mă|m|îmi|mi|ne|noi|eu|sunt|suntem|acum|chiar_acum`,
    `?${HURT} ${WHO}`,
    'ajutor|ajutați|ajută|help repede|acum|urgent|imediat|sos',
    '=ajutor*|ajutați*|ajutamă*|ajută|sos|poliția|salvați|repede|vine|implor',
    `sos|urgență ${ME}|sunați|chemați|poliția|ajutor|fiica|fiul|pericol`,
    'sunați|chemați|sună poliția|poliție|112|salvarea|ambulanț*|pompierii',
    '~lasă|lăsat plec|plecat|plece|ies|pleca|ieși|plecăm|ieșim',
    '~nu pot|putem|poate|pot_să ieși|ies|pleca|plec|scăpa|scap|fugi|evada|respira|întorc_acasă|întoarce_acasă|merge_acasă|întorc_în_țara',
    '~pașaport*|actele|documentele|buletinul|telefonul luat|confiscat|furat|ascuns',
    'cuțit*|armă|pistol*|pușc* are|cu|amenință|țintește|gât|ține',
    'mor vreau',
    '~obligă|forțează|forțat*|obligat* mă|ne|sunt|suntem',
    'obligă|forțează|pun sex|culc|prostitu*|clienți|bărbați',
    '~frică|teamă omoare|găsi|bată|întoarce',
    '~urmărește|urmăresc mă|ne',
    'veniți|vino repede|imediat|acum',
    'strânge_de_gât|mă_strânge|m_a_lovit|m_au_lovit|m_au_bătut|m_a_bătut|dă_palme',
    `luat|dus|urcat|băgat|aruncat dubă|camion|mașină|dubiță|portbagaj ${WHO}`,
    'vândut*|vând|vinde m|ne|fiica|sora bărbat|bărbați|unui|rețea|proxenet|bordel',
    'm_au_găsit|m_a_găsit|ne_au_găsit',
    'fugit|scăpat|evadat ascund|ascunsă|ascuns|ascundem|caută',
    'mă_ascund|ne_ascundem|sunt_ascunsă|sunt_ascuns',
    'respira pot|nu',
    '?blocat* aici|înăuntru|casă|cameră|pivniță|camion|la_patron|la_șef',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'frică_pentru_viața_mea|teamă_pentru_viața_mea|frică_pentru_copiii_mei|frică_să_nu_mor|mă_omoară|ne_omoară|mă_omoare',
    '?caută|urmăresc mă|ne|peste_tot',
    'm_au_vândut|ne_au_vândut|mă_vinde|mă_vând|ne_vând|ne_vinde|să_mă_vândă|să_ne_vândă|o_vând|o_vinde|m_a_vândut|am_fost_vandut*|au_vândut_o',
    '?supraveghează|păzesc|controlează mă|ne|tot_timpul|mereu',
    '?nu_sunt_liberă|nu_sunt_liber|nu_suntem_liberi|nu_e_liberă să|plec|ies|plecăm',
    // The body: what was done to it, said the way one reports it.
    'rupt|rupt_o|spart|fracturat mâna|brațul|piciorul|nasul|coastele|dinții|falca|degetul',
    'capul|fața sub_apă|în_apă|de_perete',
    'păr trage|târăște|apucă',
    'm_a_drogat|m_au_drogat|ne_au_drogat|drogat_o',
    '?agresat*|abuzat*|atins* sexual',
    'sânge peste_tot|mult|curge',
    'i_au_făcut_rău|i_a_făcut_rău|mi_au_făcut_rău|mi_a_făcut_rău|îi_fac_rău|i_au_făcut_ceva',
    '?nu_știu_unde_sunt|nu_știu_unde_suntem',
    '?dispărut|dispărută frică|teamă|plânge|amenință|luat|dus|scris|mesaj|sunat',
    '?la_ușă|în_fața_casei|sub_geam|după_ușă el|ei|e|este|sunt|strigă|așteaptă',
    '?întorc|întoarce|vin_înapoi frică|omoare|bată|diseară|noaptea',
    '?pun|obligă|forțează muncim|muncesc|cerșesc|fur fără|noaptea|bat|încuie|închid|bani',
    'spart|rupt|dărâmat|spart_o ușa',
    'aleargă_după|fuge_după mine|noi',
    // Held in a car boot, tied, pushed, organs, the door locked from outside, quoted threats, "help they are taking me".
    'portbagaj* sunt|suntem|în|închis*|încuiat*',
    'legat|legat_o|legate|legați mâinile|mâini|picioarele',
    'împins|aruncat|izbit|trântit scări|geam|fereastră|perete|zid',
    'vor|vrea|să_mi_ia ia|scoată rinichi*|organ*',
    'sărit pe_geam|geam|fereastră',
    '?fugit|scăpat mașină|duba|camion',
    'încuiată|încuiat|închisă|închis pe_dinafară|din_afară',
    '?container|subsol|pivniță suntem|sunt|fete|închiși|încuiați',
    '?copilul|bebelușul|copiii|fiica|fiul luat|furat|dus',
    'ajutor|ajutați iau|duc|duce',
    'termin_cu_tot|termin_cu_viața|nu_mai_vreau_să_trăiesc|vreau_să_mor',
    'te_omorâm|te_omor|te_găsim|te_omoară',
    'îmi_face_rău|ne_face_rău|îmi_fac_rău',
    // Round 3: mutilation threats and debts, being moved, papers kept, the unconscious, shots, pleas, intruders, fire.
    'taie|tăia|tăiat|rupe|rupă|sparge|scoate|scot degetele|degetul|gâtul|mâna|capul|urechea|fața|mâinile|picioarele|dinții|ochii',
    '?datori*|datorez omoară|bat|bate|amenință|taie|familia|mama|copiii|obligă',
    '~mută|transferă|duc|duce|ducă ne|mă|m alt|altă|altundeva|mâine|oraș|țară',
    '~au|are|ține|țin|păstrează actele|pașaport*|documentele|buletinul noastre|mele|meu|nostru',
    '?bătut_o|lovit_o|violat_o|omorât_o|rănit_o|înjunghiat_o|bătut_l|lovit_l|omorât_l|împușcat_o|împușcat_l',
    'inconștient*|leșinat*|supradoz* e|este|a|sunt|pe_jos|nu|mea|meu|colegul|prietena|l|o|luat',
    'tras|trag|trage în_mine|în_noi|în_el|în_ea|focuri|focul',
    '~sclav* sunt|suntem|mă|ne|ca_pe|tratează',
    'implor ajut*|veniți|vino|salva*|ajutor|scoateți',
    'intrat|intră cineva|hoți|hoț|spărgători|un_bărbat casă|apartament|cameră',
    '~foc|incendiu e|este|casă|bloc|apartament|arde|ardem',
    '~frică|teamă de_el|de_ei|de_soț*|de_iubit*|de_șef*|de_patron*',
    '~nu dau_drumul|dă_drumul',
    '~vino|veniți să_mă_iei|să_mă_luați|să_ne_luați|să_ne_iei|după_mine|după_noi',
    '~obligat*|forțat*|obligă|forțează sex|culc|clienți|prostitue*',
    // Batch D: kept somewhere, 'you are next', falls, syringes, men every night, unable to speak, no food.
    'mă_țin|ne_țin|o_țin|mă_ține|ne_ține aici|închis*|încuiat*|forța|hotel|casă|într_un|într_o|legat*',
    '?violează!|omoară|lovește|lovesc|sufocă|strânge|înjunghie|o_bate|o_bat|îl_bate|îl_bat o|îl|pe_ea|pe_el',
    'nu_mai_mișcă|nu_se_mai_mișcă|nu_mai_răspunde|nu_mai_respiră|nu_mai_reacționează|căzut_de_pe_schel*|căzut_de_pe_acoperiș',
    'seringă|înțepat*|injectat* m|mă|ne|au|cu',
    'sunt_următoarea|sunt_următorul|ești_următoarea|ești_următorul',
    '~bărbați|clienți vin|urcă în_fiecare_seară|în_fiecare_noapte|noaptea',
    '~nu_pot_vorbi|nu_pot_să_vorbesc e|el|lângă|aude|poliți*|sunați',
    // Round 4: papers kept AND violence, bleeding said plainly, screams for help, fire and acid.
    'acte|actele|pașaport*|documente*|buletinul bate|bat|lovește|lovesc|amenință|nu_lasă|nu_mă_lasă|nu_ne_lasă',
    'sânger* tare|mult|rău|întruna|nu_se_oprește|nu_mai',
    'strig*|țip*|urlă ajutor|după_ajutor|ajutați',
    'pierde|pierdut sânge|cunoștința',
    'benzină|acid|foc mă|ne|dea|toarne|arunce|ardă|arde|stropit',
    '~mâncare|să_mănânc|să_mâncăm nu|dă|dau|primesc|fără',
  ],
  advice: 'cine|ce|cum|poate|dreptul|legal|ilegal|trafic*|este_normal|semne|pedeapsă|infracțiune',
  except: 'bate_papo|lovit_o_mașină|lovită_de_o_mașină',
  ask: 'denunț|despre|cifre|statistic*|ani_am_fost|ani_eram|ani_m_au|acum_câțiva_ani|mărturi*|ilegal|legal|pe_cine|cui|pare|anunț|denuncia|raportez|raporta|raportare|plângere|semnele|recunosc|drepturi|podcast|documentar|film|carte|pedeapsa|dau_seama|roman|despăgubiri|unde_fac|sesiz*|de_luni',
  calm: 'nu_sunt_în_pericol|nu_mai_sunt_în_pericol|nu_suntem_în_pericol|nu_e_urgent|nu_este_urgent',
  filler: 'vă va rog',
  strings: {
    call: 'Sună la 112',
    text: 'Sunați acum la 112. Este gratuit și funcționează de pe orice telefon. Dacă puteți, mergeți într-un loc sigur.',
    victimSupport: 'Sprijin pentru victime',
    missingChildren: 'Copii dispăruți',
  },
};
