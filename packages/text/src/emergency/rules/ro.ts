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
  + '|palme|pumni|picioarele|picioare|ars|arde|ard|sângerez|sângerează|sângera|tortur*|împușc*';
/** The writer or a close one: narrower than WHO, for the weaker signs. */
const ME = 'mă|m|îmi|mi|ne|noi|eu|sunt|suntem';

export const ro: EmergencyPack = {
  rules: [
    `${HELD} ${WHO}|aici|acum`,
    'în_pericol|pericol_de_moarte|împotriva_voinței_mele|fără_voia_mea|sinucid*|să_mă_omor|cu_forța|cu_forta',
    `${HURT} ${WHO}|acum`,
    'ajutor|ajutați|ajutati|ajută|ajuta|help repede|acum|urgent|imediat|sos',
    '=ajutor*|ajutați|ajută|ajutati|sos|poliția|salvați|salvati|ajutațimă',
    `sos|urgență|urgenta ${ME}|sunați|chemați|poliția|ajutor|fiica|fiul|pericol`,
    'sunați|sunati|chemați|chemati|sună|suna poliția|politia|poliție|politie|112|salvarea',
    '~lasă|lăsa|lasa|lăsat plec|ies|pleca|ieși|plecăm|ieșim',
    '~nu pot|putem|poate|pot_să ieși|ies|pleca|plec|scăpa|scap|fugi|evada|respira',
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
    'blocat*|blocată aici|înăuntru|casă|cameră|pivniță|camion',
  ],
  advice: 'cine|ce|cum|trafic*|este_normal|semne|pedeapsă|infracțiune',
  calm: 'nu_sunt_în_pericol|nu_mai_sunt_în_pericol|nu_suntem_în_pericol|nu_e_urgent|nu_este_urgent',
  filler: 'vă va rog repede',
  strings: {
    call: 'Sună la 112',
    text: 'Sunați acum la 112. Este gratuit și funcționează de pe orice telefon. Dacă puteți, mergeți într-un loc sigur.',
    victimSupport: 'Sprijin pentru victime',
    missingChildren: 'Copii dispăruți',
  },
};
