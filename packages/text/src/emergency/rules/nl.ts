/** Dutch emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'me|mij|mijn|ik|we|wij|ons|onze|hem|haar|vriend|vriendin|zus|broer|dochter|zoon|moeder|vrouw|kind';

export const nl: EmergencyPack = {
  rules: [
    `opgesloten|vastgehouden|ontvoerd|gegijzeld|gevangen!|vastgebonden|ingesloten|gevangengehouden|sluiten|sluit ${P}|word|zit|zitten`,
    'in_gevaar|levensgevaar|tegen_mijn_wil|tegen_haar_wil|tegen_zijn_wil|doet_pijn|doen_pijn|zelfmoord_plegen|mezelf_doden',
    `slaat|slaan|sloeg|sloegen|geslagen|mishandel*|verkracht*|vermoord*|doodmaken|bedreig*|steekt|gestoken|wurgt|gewurgd|aangevallen|schopt|geschopt|martelen ${P}|nu`,
    'help|hulp|helpen|help_me snel|nu|dringend|meteen|onmiddellijk|direct|spoed',
    '=help|hulp|helpen|sos|noodgeval|politie|nood',
    '~laten|laat|lieten me|mij|ons|haar|hem gaan|weg|eruit|vertrekken|naar_buiten',
    '~kan|kunnen|kom|komen|mag|mogen niet uit|weg|eruit|ontsnappen|vluchten|vertrekken|naar_buiten',
    '~paspoort|paspoorten|id_kaart afgepakt|afgenomen|ingenomen|gepakt|gestolen|verstopt|genomen|afgepakt',
    '~documenten|papieren afgepakt|afgenomen|ingenomen|gestolen|genomen',
    'mes|pistool|wapen|geweer heeft|hebben|met|hij|zij',
    'dood wil|ga',
    '~dwingen|dwingt|gedwongen me|mij|ons|ik|word|worden',
    '~bang vermoord*|vindt|terugkomt|doodmaakt',
    '~volgt|volgen|achtervolgt me|mij|ons',
    'kom|komen snel|nu|alsjeblieft',
    '~telefoon|mobiel afgepakt|afgenomen',
    'doen|doet haar|hem|me|mij|ons pijn',
    'in_elkaar_geslagen|in_elkaar_slaan',
  ],
  advice: 'wie|wat|hoe|mensenhandel|is_dat|signaal|signalen|moet',
  filler: 'alsjeblieft alstublieft aub pls snel',
  strings: {
    call: 'Bel 112',
    text: 'Bel nu 112. Het is gratis en werkt met elke telefoon. Ga als het kan naar een veilige plek.',
    victimSupport: 'Slachtofferhulp',
    missingChildren: 'Vermiste kinderen',
  },
};
