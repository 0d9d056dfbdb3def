/** Croatian emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'me|mene|mi|meni|nas|nam|moj|moja|moje|moju|ja|ga|ju|njega|nju|sam|smo|prijatelj|prijateljica|prijateljicu|sestra|sestru|brat|brata|kći|kćer|sin|sina|mama|mamu|žena|ženu|dijete';

export const hr: EmergencyPack = {
  rules: [
    `zaključan*|zatvoren*|zatočen*|zarobljen*|otet*|oteli|oteo|zaključali|zatvorili|talac|taoc* ${P}`,
    'upomoć|u_opasnosti|životnoj_opasnosti|protiv_moje_volje|protiv_svoje_volje|samoubojstv*|ubiti_se|ubit_ću_se',
    `tuče|tuku|istukao|istukli|pretukao|pretukli|bije|siluje|silovao|silovan*|ubit*|ubije|ubiti|ubiju|prijeti|prijete|prijetio|izbo|izbola|izboli|davi|napao|napala|napali|šutira|ozlijedi*|ozlijeđen*|ozljeđuju|muči|maltretira ${P}|sad|sada`,
    'pomoć|pomozite|pomozi brzo|odmah|hitno|sada',
    '=pomoć|pomozite|pomozi|sos|policija|policiju',
    '~puštaju|puste|pustiti|pušta me|nas|van|otići|izaći',
    '~ne_mogu|ne_možemo|ne_može izaći|pobjeći|otići|van|izići',
    'drže|držali me|nas|zatvoren*|zaključan*',
    '~putovnic*|dokument*|osobnu uzeli|uzeo|uzela|oduzeli|oduzeo|ukrali|sakrili',
    'nož|nožem|oružje|pištolj|pištoljem ima|imaju|s|prijeti',
    'umrijeti želim|hoću',
    '~tjeraju|tjera|prisiljava*|prisiljen*|prisiljena me|nas|sam',
    '~bojim ubiti|ubit|naći|vratiti|pretući',
    '~progoni|progone|uhodi me|nas',
    'dođite|dođi brzo|odmah|hitno',
    '~mobitel|telefon uzeo|uzeli|oduzeo',
  ],
  advice: 'tko|što|kako|trgovanje|trgovin*|je_li',
  filler: 'molim vas brzo',
  strings: {
    call: 'Nazovi 112',
    text: 'Odmah nazovite 112. Poziv je besplatan i radi s bilo kojeg telefona. Ako možete, idite na sigurno mjesto.',
    victimSupport: 'Podrška žrtvama',
    missingChildren: 'Nestala djeca',
  },
};
