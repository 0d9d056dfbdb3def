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
const HELD = 'închis|închisă|închiși|închise|încuiat*|sechestrat*!|răpit*|prizonier*|ostatic*|ținut*|ţinut*|legat*|înlănțuit*'
  + '|captiv*|prins*|încui|închid|sechestrează|răpesc|răpit';
/** Violence done now: hitting, rape, killing, choking, burning, bleeding (verb forms, not the nouns of a question). */
const HURT = 'bate|bat|bătut*|lovește|loveste|lovesc|lovit*|violat*|violează!|omoară|omor|omoare|ucide|ucid|amenință|amenintă'
  + '|amenințat*|înjunghi*|sugrum*|sufocă|sufoca|strânge|atacat*|atacă|rănit*|rănesc|rănește|agresat*|chinuie|abuzează|abuzeaza'
  + '|palme|pumni|picioarele|picioare|ars|arde|ard|sângerez|sângerează|sângera|tortur*|împușc*|trage|târăște|drogat*|îneacă';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'mă|m|îmi|mi|ne|noi|eu|sunt|suntem';

export const ro: EmergencyPack = {
  rules: [
    `?${HELD} ${WHO}|aici|acum`,
    'în_pericol|pericol_de_moarte|împotriva_voinței_mele|fără_voia_mea|sinucid*|să_mă_omor|cu_forța|cu_forta',
    `${HURT} ${WHO}|acum`,
    'ajutor|ajutați|ajutati|ajută|ajuta|help repede|acum|urgent|imediat|sos',
    '=ajutor*|ajutați*|ajutati*|ajutamă*|ajută|ajutati|sos|poliția|salvați|salvati|ajutațimă',
    `sos|urgență|urgenta ${ME}|sunați|chemați|poliția|ajutor|fiica|fiul|pericol`,
    'sunați|sunati|chemați|chemati|sună|suna poliția|politia|poliție|politie|112|salvarea',
    '~lasă|lăsa|lasa|lăsat plec|ies|pleca|ieși|plecăm|ieșim',
    '~nu pot|putem|poate|pot_să ieși|ies|pleca|plec|scăpa|scap|fugi|evada|respira|întorc_acasă|întoarce_acasă|merge_acasă|întorc_în_țara',
    '~pașaport*|pasaport*|actele|documentele|buletinul|telefonul luat|luat|confiscat|furat|ascuns',
    'cuțit|cuţit|cutit|armă|arma|pistol are|cu|amenință|țintește|ținteste',
    'mor vreau',
    '~obligă|obliga|forțează|forţează|forțat*|obligat* mă|ne',
    'obligă|obliga|forțează|forteaza sex|culc|prostitu*|clienți|clienti|bărbați|barbati',
    '~frică|frica|teamă omoare|găsi|bată|întoarce',
    '~urmărește|urmareste|urmăresc mă|ne',
    'veniți|veniti|vino repede|imediat|acum',
    'strânge_de_gât|strange_de_gat|mă_strânge|ma_strange|m_a_lovit|m_au_lovit|m_au_bătut|m_a_bătut|dă_palme',
    `luat|dus|urcat|băgat|bagat|aruncat dubă|duba|camion|mașină|masina|dubiță|portbagaj ${WHO}`,
    'vândut*|vandut*|vând|vinde m|ne|fiica|sora bărbat|bărbați|unui|rețea|proxenet|bordel',
    'm_au_găsit|m_a_găsit|ne_au_găsit|m_au_gasit|ne_au_gasit',
    'fugit|scăpat|evadat ascund|ascunsă|ascuns|ascundem|caută',
    'mă_ascund|ne_ascundem|sunt_ascunsă|sunt_ascuns',
    'respira pot|nu',
    '?blocat*|blocată aici|înăuntru|casă|cameră|pivniță|camion',
    // Fear for one's life, being looked for, sold, watched: how people describe danger without its words.
    'frică_pentru_viața_mea|frica_pentru_viata_mea|teamă_pentru_viața_mea|frică_pentru_copiii_mei|frică_să_nu_mor|mă_omoară|ne_omoară|mă_omoare',
    '?caută|cauta|urmăresc mă|ne|peste_tot',
    'm_au_vândut|m_au_vandut|ne_au_vândut|ne_au_vandut|m_a_vândut|am_fost_vândută|am_fost_vandut*|au_vândut_o',
    '?supraveghează|supravegheaza|păzesc|controlează mă|ne|tot_timpul|mereu',
    '?nu_sunt_liberă|nu_sunt_liber|nu_suntem_liberi|nu_e_liberă să|plec|ies|plecăm',
    // The body: what was done to it, said the way one reports it.
    'rupt|rupt_o|spart|fracturat mâna|mana|brațul|bratul|piciorul|nasul|coastele|dinții|falca|degetul',
    'capul|fața sub_apă|sub_apa|în_apă|de_perete',
    'păr|par trage|târăște|taraste|apucă',
    'm_a_drogat|m_au_drogat|ne_au_drogat|drogat_o',
    '?agresat*|abuzat*|atins* sexual',
    'sânge peste_tot|mult|curge',
    'i_au_făcut_rău|i_a_făcut_rău|mi_au_făcut_rău|mi_a_făcut_rău|i_au_facut_rau|îi_fac_rău|ii_fac_rau|i_au_făcut_ceva',
    '?nu_știu_unde_sunt|nu_stiu_unde_sunt|nu_știu_unde_suntem',
    '?dispărut|disparut|dispărută|disparuta frică|frica|teamă|plânge|amenință|luat|dus|scris|mesaj|sunat',
    '?la_ușă|la_usa|în_fața_casei|sub_geam|după_ușă el|ei|e|este|sunt|strigă|striga|așteaptă',
    '?întorc|intorc|întoarce|vin_înapoi frică|frica|omoare|bată|diseară|noaptea',
    '?pun|obligă|forțează muncim|muncesc|cerșesc|cersesc|fur fără|noaptea|bat|încuie|închid|bani',
    'spart|rupt|dărâmat|spart_o ușa|usa|ușă',
    'aleargă_după|alearga_dupa|fuge_după mine|noi',
  ],
  advice: 'cine|ce|cum|trafic*|este_normal|semne|pedeapsă|infracțiune',
  ask: 'raportez|raporta|raportare|sesizez|denunț|plângere|semnele|recunosc|drepturi|podcast|documentar|film|carte',
  calm: 'nu_sunt_în_pericol|nu_mai_sunt_în_pericol|nu_suntem_în_pericol|nu_e_urgent|nu_este_urgent',
  filler: 'vă va rog repede',
  strings: {
    call: 'Sună la 112',
    text: 'Sunați acum la 112. Este gratuit și funcționează de pe orice telefon. Dacă puteți, mergeți într-un loc sigur.',
    victimSupport: 'Sprijin pentru victime',
    missingChildren: 'Copii dispăruți',
  },
};
