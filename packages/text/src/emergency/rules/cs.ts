/** Czech emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mě|mne|mi|mně|nás|nám|můj|moje|moji|mou|já|my|ho|ji|jeho|její|jsem|jsme|kamarád|kamarádka|kamarádku|sestra|sestru|bratr|bratra|dcera|dceru|syn|syna|máma|mámu|manželka|manželku|dítě';

export const cs: EmergencyPack = {
  rules: [
    `zamčen*|zavřen*|zamkl*|zavřel*|unesen*|unesl*|uvězněn*|držen*|rukojm* ${P}`,
    'v_nebezpečí|ohrožení_života|proti_mé_vůli|proti_své_vůli|sebevražd*|zabít_se',
    `bije|bijí|bil|zbil*|zmlátil*|mlátí|znásiln*|zabij*|zabít|zabije|vyhrožuj*|vyhrožoval*|pobodal*|škrtí|napadl|napadla|napadli|napadá|kope|ublíž*|zraněn*|týrá ${P}|teď`,
    'pomoc|pomozte|pomoz rychle|hned|okamžitě|naléhavě|teď',
    '=pomoc|pomozte|pomoz|sos|policie|policii',
    '~pustí|pouštějí|nepustí|nepouštějí mě|nás|ven|pryč|odejít',
    '~nemůžu|nemohu|nemůžeme|nemůže ven|utéct|odejít|pryč|dostat_se_ven|uniknout',
    'drží|drželi mě|nás|zavřen*|zamčen*|násilím',
    '~pas|cestovní_pas|doklady|dokumenty|občanku vzali|vzal|sebrali|sebral|zabavil*|ukradl*|schoval*',
    'nůž|nožem|zbraň|pistoli|pistole má|mají|s|vyhrožuje',
    'umřít chci',
    '~nutí|nutili|donutil*|nucen*|nucená mě|nás|jsem',
    '~bojím zabije|najde|vrátí|zbije',
    '~sleduje|sledují|pronásleduje mě|nás',
    'přijeďte|přijďte|pojďte rychle|hned|okamžitě',
    '~mobil|telefon vzal|vzali|sebral',
  ],
  advice: 'kdo|co|jak|obchod*|je_to|znaky',
  filler: 'prosím prosim rychle',
  strings: {
    call: 'Volat 112',
    text: 'Zavolejte hned 112. Je to zdarma a funguje z každého telefonu. Pokud můžete, jděte na bezpečné místo.',
    victimSupport: 'Pomoc obětem',
    missingChildren: 'Pohřešované děti',
  },
};
