/** Slovak emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'ma|mňa|mi|mne|nás|nám|môj|moja|moje|mojho|ja|my|ho|ju|jeho|jej|som|sme|kamarát|kamarátka|kamarátku|sestra|sestru|brat|brata|dcéra|dcéru|syn|syna|mama|mamu|manželka|manželku|dieťa';

export const sk: EmergencyPack = {
  rules: [
    `zamknut*|zavret*|zamkol|zamkli|uniesl*|unesen*|väznen*|držan*|rukojem* ${P}`,
    'v_nebezpečenstve|ohrozenie_života|proti_mojej_vôli|proti_svojej_vôli|samovražd*|zabiť_sa',
    `bije|bijú|bil|zbil*|zmlátil*|mláti|znásiln*|zabij*|zabiť|zabije|vyhráža*|bodol|škrtí|napadol|napadla|napadli|kope|ubližuj*|zranen*|týra ${P}|teraz`,
    'pomoc|pomôžte|pomôž|pomocte rýchlo|hneď|okamžite|naliehavo|teraz',
    '=pomoc|pomôžte|pomôž|pomocte|sos|polícia|políciu',
    '~pustia|púšťajú|nepustia|nepúšťajú ma|nás|von|preč|odísť',
    '~nemôžem|nemôžeme|nemôže von|utiecť|odísť|preč|dostať_sa_von|uniknúť',
    'držia|držali ma|nás|zavret*|zamknut*',
    '~pas|doklady|dokumenty|občiansky vzali|zobrali|zobral|zabavil*|ukradl*|schoval*',
    'nôž|nožom|zbraň|pištoľ|pištoľou má|majú|s|vyhráža',
    'zomrieť chcem',
    '~nútia|núti|donútil*|nútená|nútený ma|nás|som',
    '~bojím zabije|nájde|vráti|zbije',
    '~sleduje|sledujú|prenasleduje ma|nás',
    'príďte|prídite|poďte rýchlo|hneď|okamžite',
    '~mobil|telefón vzal|zobral|zobrali',
  ],
  advice: 'kto|čo|ako|obchod*|je_to|znaky',
  filler: 'prosím prosim rýchlo',
  strings: {
    call: 'Volať 112',
    text: 'Zavolajte hneď 112. Je to bezplatné a funguje z každého telefónu. Ak môžete, choďte na bezpečné miesto.',
    victimSupport: 'Pomoc obetiam',
    missingChildren: 'Nezvestné deti',
  },
};
