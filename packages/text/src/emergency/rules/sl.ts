/** Slovene emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'me|mene|mi|meni|nas|nam|moj|moja|moje|mojo|mojega|jaz|ga|jo|njega|njo|sem|smo|prijatelj|prijateljica|prijateljico|sestra|sestro|brat|brata|hči|hčerko|sin|sina|mama|mamo|žena|ženo|otrok';

export const sl: EmergencyPack = {
  rules: [
    `zaklenjen*|zaprt*|ugrabljen*|ugrabil*|zaprl*|zaklenil*|talec|talka|držijo ${P}`,
    'na_pomoč|v_nevarnosti|smrtni_nevarnosti|proti_moji_volji|proti_svoji_volji|samomor*|ubiti_se',
    `tepe|tepejo|pretepel*|pretepa|pretepajo|mučijo|posilil*|posiljuj*|ubil*|ubije|ubiti|ubijejo|grozi|grozijo|zabodel|davi|napadel|napadla|napadli|brca|poškodoval*|poškodovan*|muči ${P}|zdaj`,
    'pomoč|pomagajte|pomagaj hitro|takoj|nujno|zdaj',
    '=pomoč|pomagajte|pomagaj|sos|policija|policijo',
    '~pustijo|spustijo|pusti|spusti me|nas|ven|oditi|stran',
    '~ne_morem|ne_moremo|ne_more iz_hiše|iz_stanovanja|ven|pobegniti|oditi|stran|uiti',
    '~potni_list*|dokumente|dokumenti|osebno vzeli|vzel|vzela|odvzeli|zaplenil*|ukradli|skrili',
    'nož|nožem|orožje|pištolo|pištola ima|imajo|z|grozi',
    'umreti hočem|želim',
    '~silijo|sili|prisilil*|prisiljen*|prisiljena me|nas|sem',
    '~bojim ubil|ubije|najde|vrne|pretepe',
    '~zasleduje|zasledujejo me|nas',
    'pridite|pridi hitro|takoj',
    '~telefon vzel|vzeli',
  ],
  advice: 'kdo|kaj|kako|trgovin*|ali',
  filler: 'prosim hitro',
  strings: {
    call: 'Pokliči 112',
    text: 'Takoj pokličite 112. Klic je brezplačen in deluje s katerega koli telefona. Če lahko, pojdite na varno mesto.',
    victimSupport: 'Pomoč žrtvam',
    missingChildren: 'Pogrešani otroci',
  },
};
