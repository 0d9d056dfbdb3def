/** Swedish emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mig|mej|oss|min|mitt|mina|jag|vi|honom|henne|vän|kompis|syster|bror|dotter|son|mamma|fru|barn';

export const sv: EmergencyPack = {
  rules: [
    `inlåst|inlåsta|instängd|instängda|fasthållen|fasthållna|kidnappad|bortförd|fånge|fångad|gisslan|låst|låste|stängt_in ${P}|inne`,
    'livsfara|mot_min_vilja|mot_hennes_vilja|ta_livet_av_mig|döda_mig_själv',
    `slår|slog|slagen|misshandl*|våldt*|dödar|döda|mörda*|hotar|hotad|hotade|knivhugg*|stryper|attackera*|sparkar|skadad|gör_illa ${P}|nu`,
    'hjälp|hjälpa|hjälp_mig nu|snabbt|genast|akut|omedelbart|fort',
    '=hjälp|hjälpa|sos|nödsituation|polis|nöd',
    '~låter|låt|släpper mig|oss|henne|honom gå|ut|iväg|gå_ut',
    '~kan|får inte komma_ut|gå_härifrån|fly|ta_mig_ut|lämna_huset|lämna_lägenheten|komma_härifrån',
    '~pass|passet|papper|id_kort tagit|tog|tar|beslagtagit|stulit|gömt',
    'kniv|pistol|vapen|gevär har|med|han|hon|hotar',
    'dö vill',
    'självmord jag|vill|tänker',
    '~tvingar|tvingad|tvingade|tvingas mig|oss|jag|henne|honom',
    '~rädd dödar|hittar|slår|kommer_tillbaka',
    '~följer|förföljer mig|oss',
    'kom|kom_hit snabbt|fort|nu|genast',
    '~telefon|mobil tagit|tog',
    'i_fara jag|vi|mig|oss|min|mitt|mina',
    'hålls_fången|hålls_fast|hålls_inlåst|hålls_instängd jag|vi|min|mitt|mina|syster|bror|vän',
  ],
  advice: 'vem|vad|hur|människohandel|är_det|tecken',
  filler: 'snälla please nu',
  strings: {
    call: 'Ring 112',
    text: 'Ring 112 nu. Det är gratis och fungerar från alla telefoner. Gå till en säker plats om du kan.',
    victimSupport: 'Brottsofferstöd',
    missingChildren: 'Försvunna barn',
  },
};
