/** Estonian emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mind|mu|mul|minu|mina|ma|meid|meil|me|teda|tema|olen|oleme|sõber|sõbranna|õde|vend|tütar|poeg|ema|naine|laps';

export const et: EmergencyPack = {
  rules: [
    `lukustatud|lukustas*|lukus|luku_taha|kinni|vangis|röövitud|pantvang*|kinnipeetud|kinni_peetud ${P}`,
    'ohus|hädaohus|eluohtlik|vastu_minu_tahtmist|vastu_tahtmist|enesetapp*|tappa_ennast',
    `lööb|löövad|peksab|peksavad|pekstud|peksis|pekstakse|vägista*|tapab|tapavad|tappa|ähvarda*|pussita*|kägista*|ründa*|rünnati|lõi|teeb_haiget|teevad_haiget ${P}|praegu|nüüd`,
    'appi|aidake|aita|abi kohe|kiiresti|ruttu|kiire|nüüd',
    '=appi|aidake|aita|abi|hädaabi|sos|politsei',
    '~lase|lasta|lasevad|lubata välja|minna|ära|minema',
    '~ei saa|pääse välja|minema|ära|põgeneda|lahkuda',
    '~pass|passi|dokumendid|dokumente|isikutunnistus võtsid|võttis|võetud|peitsid|konfiskeeris*',
    'nuga|noa|relv|relva|püstol on|tal|ähvardab',
    'surra tahan',
    '~sunnivad|sunnib|sunnitud mind|meid|olen',
    '~kardan|hirm tapab|leiab|lööb|tagasi',
    '~jälitab|jälitavad|jälgib mind|meid',
    'tulge|tule kiiresti|kohe',
    '~telefon*|mobiil* võttis|võtsid',
    'teeb|teevad haiget',
  ],
  advice: 'kes|mida|kuidas|inimkaubandus*|kas',
  filler: 'palun please kohe',
  strings: {
    call: 'Helista 112',
    text: 'Helista kohe 112. See on tasuta ja töötab igast telefonist. Kui saad, mine turvalisse kohta.',
    victimSupport: 'Ohvriabi',
    missingChildren: 'Kadunud lapsed',
  },
};
