/** Romanian emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mă|m|îmi|mi|mie|mine|ne|noi|meu|mea|mei|mele|eu|îl|el|ea|sunt|suntem|prieten|prietenul|prietena|sora|fratele|fiica|fiul|mama|soția|copilul';

export const ro: EmergencyPack = {
  rules: [
    `închis*|încuiat*|sechestrat*|răpit*|prizonier*|ostatic|ținut*|ţinut* ${P}`,
    'în_pericol|pericol_de_moarte|împotriva_voinței_mele|fără_voia_mea|sinucid*|să_mă_omor',
    `bate|bat|bătut*|lovește|lovesc|lovit*|violat*|violează|omoară|omor|ucide|ucid|amenință|amenintă|amenințat*|înjunghi*|sugrum*|atacat*|atacă|rănit*|rănesc|rănește|agresat*|chinuie ${P}|acum`,
    'ajutor|ajutați|ajută repede|acum|urgent|imediat',
    '=ajutor|ajutați|ajută|ajutati|sos|poliția|salvați|salvati',
    '~lasă|lăsa|lasa|lăsat plec|ies|pleca|ieși|plecăm|ieșim',
    '~pot|putem|poate ieși|ies|pleca|plec|scăpa|fugi|evada',
    '~pașaport*|actele|documentele|buletinul luat|luat|confiscat|furat|ascuns',
    'cuțit|cuţit|armă|pistol are|cu|amenință',
    'mor vreau',
    '~obligă|forțează|forţează|forțat*|obligat* mă|ne',
    '~frică|teamă omoare|găsi|bată|întoarce',
    '~urmărește|urmăresc mă|ne',
    'veniți|vino repede|imediat|acum',
    '~telefonul luat',
    'strânge_de_gât|strange_de_gat|mă_strânge|ma_strange',
  ],
  advice: 'cine|ce|cum|trafic*|este_normal|semne',
  filler: 'vă va rog repede',
  strings: {
    call: 'Sună la 112',
    text: 'Sunați acum la 112. Este gratuit și funcționează de pe orice telefon. Dacă puteți, mergeți într-un loc sigur.',
    victimSupport: 'Sprijin pentru victime',
    missingChildren: 'Copii dispăruți',
  },
};
