/** German emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mich|uns|mir|mein|meine|meinen|meiner|meinem|ich|wir|ihn|sie|freund|freundin|schwester|bruder|tochter|sohn|mutter|mama|frau|kind';

export const de: EmergencyPack = {
  rules: [
    'eingesperrt|eingespert|eingeschlossen|weggesperrt|festgehalten|festgehalen|gefesselt|lebensgefahr|notfall|in_gefahr|gegen_meinen_willen',
    `entführ*|verschlepp*|gefangen!|geisel|sperren|sperrt|eingesperrt ${P}`,
    `schlagen!|schlägt|schlaegt|schlagt|schlug|schlugen|geschlagen|verprügel*|vergewaltig*|bedroh*|drohen|droht|getreten|würgt|würgen|gewürgt|umbring*|umzubringen|töten|tötet|ersticht|erstechen|misshandel*|verletzt|verletzen|angegriffen|quält|foltern ${P}|jetzt|gerade`,
    'tritt_mich|tritt_uns|bringt_mich_um|bringen_mich_um|bringt_uns_um',
    'tut|tun|tat mir|uns|ihr|ihm weh',
    'gefahr|lebensgefahr ich|bin|wir|sind|mich|uns|großer|akuter',
    'hilfe|helft|helfen|hilf sofort|schnell|dringend|jetzt|notfall|eilig',
    '=hilfe|hilf|helft|sos|notfall|polizei|notruf',
    '=helft|helfen|hilf|hilfe mir|uns',
    '~lässt|lassen|lasst|läßt|laesst|lass mich|uns|sie|ihn gehen|raus|weg|los|fort|hinaus',
    '~kann|kannst|können|komme|komm|kommen|darf|dürfen nicht|nie aus_dem_haus|weg|raus|hinaus|heraus|fliehen|entkommen|abhauen|flüchten|verlassen',
    'halten|hält|haelt|halt|hielt mich|uns|sie fest',
    '~pass|reisepass|ausweis|papiere weggenommen|genommen|nimmt|nahm|abgenommen|gestohlen|versteckt',
    '~dokumente weggenommen|abgenommen|gestohlen',
    'waffe|pistole|messer|gewehr er|sie|mir|mich|hat|haben|droht|bedroht',
    'sterben will|werde|möchte|moechte',
    '~zwingt|zwingen|gezwungen mich|uns|werde',
    '~angst er|ihn|umbringt|umbringen|findet|kommt|tötet',
    '~er|sie|jemand|man verfolgt|verfolgen mich|uns',
    'kommt|kommen schnell|sofort',
    'schickt|schicken polizei|hilfe',
    '~handy|telefon weggenommen|genommen|abgenommen',
  ],
  advice: 'wer|was|wie|menschenhandel|ist_das|zeichen|anzeichen|soll',
  filler: 'bitte schnell jemand',
  strings: {
    call: 'Notruf 112 anrufen',
    text: 'Rufen Sie jetzt die 112 an. Der Notruf ist kostenlos und funktioniert mit jedem Telefon. Wenn möglich, gehen Sie an einen sicheren Ort.',
    victimSupport: 'Opferhilfe',
    missingChildren: 'Vermisste Kinder',
  },
};
