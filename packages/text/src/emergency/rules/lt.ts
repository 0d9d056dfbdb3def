/** Lithuanian emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mane|man|mano|aš|mes|mus|mums|jį|ją|jis|ji|esu|esame|draugas|draugė|sesuo|sesė|brolis|dukra|sūnus|mama|žmona|vaikas';

export const lt: EmergencyPack = {
  rules: [
    `užrakin*|uždarė|uždarytas|uždaryta|uždaryti|uždarę|pagrob*|įkalin*|įkait*|nelaisvėje ${P}`,
    'pavojuje|pavojus_gyvybei|užrakino_duris|prieš_mano_valią|savižud*|nusižudyti|gelbėkit*|gelbėk',
    `muša|mušė|sumušė|sumuš*|išprievartav*|išžagin*|žudo|nužudy*|užmuš*|grasin*|dūrė|subadė|smaug*|puola|užpuol*|spardo|sužalo*|skriaudžia ${P}|dabar`,
    'padėkite|padėk|pagalba|pagalbos skubiai|greitai|dabar|tuoj|tuojau',
    '=padėkite|padėkit|padėk|pagalbos|pagalba|sos|policija|policiją',
    '~leidžia|išleidžia|neleidžia|neišleidžia išeiti|išvažiuoti|lauk|išeit',
    '~negaliu|negalime|negali išeiti|pabėgti|ištrūkti|išvažiuoti|išeit',
    '~pasą|pasas|paso|dokumentus|dokumentai|asmens_tapatyb* atėmė|paėmė|pasiėmė|konfiskav*|pavogė|paslėpė',
    'peilis|peilį|peiliu|ginklas|ginklą|pistoletas|pistoletą turi|su|grasina',
    'mirti noriu',
    '~verčia|priverčia|privertė|priverstas|priversta mane|mus|man|esu',
    '~bijau nužudys|ras|sumuš|grįš',
    '~seka|persekioja mane|mus',
    'atvažiuokite|ateikite|atvykite skubiai|greitai|dabar',
    '~telefoną|mobilų atėmė|paėmė',
    'neišleidžia|neleidžia manęs|mūsų|mane',
    'gresia_pavojus man|mums|mano|manęs',
  ],
  advice: 'kas|ką|kaip|prekyb*|ar',
  filler: 'prašau please dabar',
  strings: {
    call: 'Skambinti 112',
    text: 'Skambinkite 112 dabar. Tai nemokama ir veikia iš bet kurio telefono. Jei galite, eikite į saugią vietą.',
    victimSupport: 'Pagalba nukentėjusiesiems',
    missingChildren: 'Dingę vaikai',
  },
};
