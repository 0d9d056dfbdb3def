/**
 * Bulgarian emergency rules and strings (notation: ../emergency-pack.ts), in Cyrillic and in
 * the Latin transliteration people type on phones without a Cyrillic keyboard.
 */
import type { EmergencyPack } from '../emergency-pack.ts';

/** Who is in danger: the writer, or someone close, in first or third person. */
const P = 'ме|ми|мен|мене|нас|ни|мой|моя|моето|моите|аз|ние|го|я|съм|сме|приятел|приятелка|сестра|брат|дъщеря|син|майка|жена|дете|men|mene|nas|moya|moyata|az|sam';

export const bg: EmergencyPack = {
  rules: [
    `заключен*|заключи*|задържан*|затворен*|затвориха|заклещ*|отвлечен*|отвлякоха|пленен*|заложни*|zaklyuchen*|zakliuchen*|zatvoren*|otvlechen* ${P}`,
    'в_опасност|животът_ми_е_в_опасност|против_волята_ми|самоубий*|v_opasnost|samoubi*|spasete_me|спасете_ме',
    `бие|бият|биеше|пребиха|пребива*|наранява*|пребит*|удря|удрят|удари|изнасил*|убие|убият|убиват|заплашва*|заплаши*|наръга*|души|нападна*|рита|нарани*|измъчва* ${P}|сега|момента|me|ni`,
    'bie|biyat|biqt|udrya|udari|ubie|ubiyat|zaplashva*|napadna* me|men|nas|ni',
    'помощ|помогнете|помогни|pomosht|pomoshch|pomost|pomogni|pomognete бързо|веднага|спешно|сега|burzo|barzo|vednaga|speshno|sega',
    '=помощ|помогнете|помогни|полиция|спасете|pomosht|pomoshch|pomost|pomogni|pomognete|spasete|sos|politsiya',
    '~пускат|пуснат|пусне|puskat|pusnat ме|нас|me|nas|излеза|изляза|излезем|излизам|избягам|напусна|izlqza|izlyaza',
    '~мога|можем|може|moga|mozhem изляза|излезем|избягам|напусна|избягаме|izlyaza|izlqza|izbyagam',
    'държат|държи|darzhat ме|нас|me|nas|заключен*|затворен*',
    '~паспорт*|документ*|лична_карта|pasport* взеха|взе|отнеха|откраднаха|скриха|конфискува*|vzeha|otneha|vze',
    'нож|ножа|оръжие|пистолет|noj|nozh|pistolet има|с|заплашва|ima',
    'умра|umra искам|iskam',
    '~принуждава*|принудиха|принуден*|принудена|карат|prinuzhda* ме|нас|съм|me|nas',
    '~страх|страхувам|strah убие|намери|върне|ubie',
    '~следи|следят|преследва ме|нас',
    'елате|ела|elate бързо|веднага|burzo|vednaga',
    '~телефона|телефон взе|взеха',
    'насила|против_волята задържан*|държат|държи|ми|го',
  ],
  advice: 'кой|какво|как|трафик|нормално|признаци|koi|kakvo|kak',
  filler: 'моля molya бързо burzo',
  strings: {
    call: 'Обадете се на 112',
    text: 'Обадете се веднага на 112. Безплатно е и работи от всеки телефон. Ако можете, отидете на безопасно място.',
    victimSupport: 'Помощ за пострадали',
    missingChildren: 'Изчезнали деца',
  },
};
