/** Latvian emergency rules and strings (notation: ../emergency-pack.ts). */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'mani|man|manu|mans|mana|mēs|mūs|mums|es|esmu|esam|viņu|viņa|viņš|draugs|draudzene|māsa|brālis|meita|dēls|māte|mamma|sieva|bērns';

export const lv: EmergencyPack = {
  rules: [
    `ieslēgt*|ieslēdz*|aizslēdz*|ieslodzīt*|nolaupīt*|sagūstīt*|ķīlniek*|aizslēgt*|slēgt*|gūstā ${P}`,
    'dzīvības_briesmās|pret_manu_gribu|pašnāvīb*|nogalināt_sevi',
    `sit|sita|situ|sitīs|piekauj|piekāva|izvarot*|izvaroja|nogalin*|nositīs|draud|draudēja|sadur*|žņaudz*|uzbruk*|spārda|savainot*|sāpina ${P}|tagad`,
    'palīgā|palīdziet|palīdzi|palīdzība tūlīt|ātri|steidzami|tagad',
    '=palīgā|palīdziet|palīdzi|palīdzība|sos|policija|glābiet',
    'palīgā|glābiet',
    '~laiž|ļauj|neļauj|nelaiž|nelaiž ārā|prom|aiziet|projām|iziet',
    '~nevaru|nevaram|netieku|netiekam ārā|prom|aizbēgt|izkļūt|projām|aiziet|iziet',
    '~pase|pasi|dokument*|personas_apliecīb* atņēma|atņemt*|paņēma|paņemt*|konfiscēj*|nozaga|paslēpa',
    'nazis|nazi|ierocis|ieroci|pistole|pistoli ir|viņam|draud|ar',
    'mirt gribu',
    '~spiež|piespiež|piespieda|piespiesta|piespiests man|mani|mūs|mums',
    '~baidos nogalinās|atradīs|sitīs|atgriezīsies',
    '~seko|vajā mani|mūs|man',
    'nāciet|nāc|brauciet ātri|tūlīt|steidzami',
    '~telefonu|mobilo paņēma|atņēma',
    'briesmās esmu|esam|es|mēs|mana|mans|mani|dzīvība',
    'dara_pāri|darīja_pāri',
    'gūstā|ieslēdza mani|manu|mūs',
  ],
  advice: 'kas|ko|kā|cilvēktirdzniecīb*|vai',
  filler: 'lūdzu please tūlīt',
  strings: {
    call: 'Zvanīt 112',
    text: 'Zvani uz 112 tūlīt. Tas ir bez maksas un darbojas no jebkura tālruņa. Ja vari, dodies uz drošu vietu.',
    victimSupport: 'Palīdzība cietušajiem',
    missingChildren: 'Pazuduši bērni',
  },
};
