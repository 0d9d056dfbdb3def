/**
 * Maltese emergency rules and strings (notation: ../emergency-pack.ts). Maltese attaches the
 * object to the verb ("isawwatni": he beats me), so many rules are single verb forms; ħ is
 * compared as h, since many type it so.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'lili|jien|aħna|lilna|tiegħi|tagħna|lilu|lilha|ħabib|ħabiba|ħabibi|ħabibti|oħti|ħija|binti|ibni|ommi|marti|qiegħed|qiegħda|qegħdin|ninsab';

export const mt: EmergencyPack = {
  rules: [
    'imsakkar|imsakkra|msakkar|msakkra|sakkruni|sakkarni|sakkruna|maqful_ġewwa|maqfula_ġewwa|ħatfuni|ħatafni|miżmuma|miżmum|iżommuni|iżżommuni|jżommuni|ajjut|salvawni|salvani|qafluni|qaflitni|qafilni|kontra_r_rieda|kontra_r_rieda_tiegħi|suwiċidju|noqtol_ruħi',
    `maqful|maqfula|maħtuf|maħtufa|ħtifa|priġunier*|ostaġġ ${P}`,
    'isawwatni|jsawwatni|sawwatni|isawtuni|jsawtuni|sawtuni|isawwatna|jsawtuna|sawwtuni|joqtolni|joqtluni|noqtlek|qatluni|se_joqtolni|ħa_joqtolni|jheddidni|iheddidni|heddidni|jhedduni|stuprani|stupruni|weġġagħni|weġġgħuni|jaggredixxini|aggredixxini|attakkani|jagħtini_daqqiet|tani_daqqiet',
    `isawwat*|jsawwat*|sawwat*|joqtol*|qatel|hedded*|jhedded*|stupr*|aggred*|attakk*|weġġa* ${P}|issa|bħalissa`,
    'għajnuna|għinuni|għinni|ajjut malajr|issa|urġenti|immedjatament|fil_pront',
    '=għajnuna|għinuni|għinni|ajjut|salvawni|sos|pulizija',
    '~iħalluni|iħallunix|jħalluni|jħallunix|iħallini|jħallinix|iħalluniex noħroġ|nitlaq|immur|naħrab|noħorġu',
    '~ma_nistax|ma_nistgħux|ma_tistax noħroġ|nitlaq|naħrab|niskappa|noħorġu|nitilqu|toħroġ',
    '~passaport*|dokumenti|karta_tal_identità ħaduli|ħadli|ħadu|ħaduhuli|serqu|serquli|ħbew|ħbewli',
    'sikkina|arma|pistola|pistol għandu|għandha|għandhom|bi|hedded|jhedded',
    'immut|nmut irrid|nixtieq',
    '~iġegħluni|ġegħluni|jġegħluni|sfurzawni|jisfurzawni|isfurzawni|imġiegħla|imġiegħel|ġegħluna',
    '~nibża|nibżgħu|beżgħana joqtol*|isibni|jiġi|jerġa|isawwat*',
    'ejja|ejjew|ħaffu|ibagħtu malajr|issa|immedjatament|pulizija',
    '~mobile|mowbajl|telefon ħadli|ħaduli',
    'fil_periklu|f_periklu|periklu jien|aħna|qiegħed|qiegħda|ħajti|tiegħi|ninsab',
    'iweġġgħ*|weġġgħ*|jheddu|joqtlu|isawtu|jsawtu|joħnoqni|joħonquni|sakkar_il_bieb|sakkruli',
  ],
  advice: 'min|x|kif|traffikar|sinjali',
  filler: 'jekk jogħġbok jekk jogħgbok please issa',
  strings: {
    call: 'Ċempel 112',
    text: "Ċempel il-112 issa. Huwa b'xejn u jaħdem minn kwalunkwe telefon. Jekk tista', mur f'post sigur.",
    victimSupport: 'Appoġġ għall-vittmi',
    missingChildren: 'Tfal neqsin',
  },
};
