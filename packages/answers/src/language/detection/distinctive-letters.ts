/**
 * Letters and scripts that point to a language, checked on the message as typed (before
 * folding removes them): Cyrillic is Bulgarian and Greek is Greek among the EU languages; "ř"
 * is Czech, "ő" Hungarian, "ħ" Maltese. A letter several languages use counts for each a
 * little (see `VocabularyDetector`); people often type without them, so they only add evidence.
 */
import type { EuLanguage } from '@thb/schema/enums';

/** Lower-case letters each language uses and most others do not. */
export const DISTINCTIVE_LETTERS: Readonly<Record<EuLanguage, string>> = {
  bg: '', // the Cyrillic script says it (SCRIPT_LANGUAGES)
  cs: 'ěřůčšžťďň',
  da: 'æøå',
  de: 'äöüß',
  el: '', // the Greek script says it
  en: '',
  es: 'ñ¿¡áéíóú',
  et: 'õäöüšž',
  fi: 'äö',
  fr: 'éèêàçœùîôâëïû',
  ga: 'áéíóú',
  hr: 'ćčđšž',
  hu: 'őűáéíóöúü',
  it: 'àèéìòù',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  mt: 'ċġħż',
  nl: '',
  pl: 'ąćęłńóśźż',
  pt: 'ãõçâêôáéíóúà',
  ro: 'ăâîșțşţ',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  sl: 'čšž',
  sv: 'åäö',
};

/**
 * Spellings only some languages have: French elision ("d'exploitation", "qu'est"), the Italian
 * one ("dell'", "un'"), Maltese "x'", "f'", "ta'", the article ("il-", "is-sena", "d-dar") and
 * the "għ" digraph, Dutch "ij".
 */
export const DISTINCTIVE_SPELLINGS: Readonly<Partial<Record<EuLanguage, RegExp>>> = {
  fr: /(?:^|[^\p{L}])(?:qu|[djlnmtsc])['’]\p{L}/iu,
  it: /(?:^|[^\p{L}])(?:dell|dall|nell|sull|all|quest|quell|un)['’]\p{L}/iu,
  mt: /(?:^|[^\p{L}])(?:x|f|b|m|ta|ma)['’]|għ|(?:^|[^\p{L}])(?:il|i[cdnrstxzċż])-\p{L}|(?:^|[^\p{L}])([dnrstxzċż])-\1/iu,
  nl: /\p{L}ij|ij\p{L}/iu,
};

/** Scripts only one EU language is written in. */
export const SCRIPT_LANGUAGES: readonly { script: RegExp; language: EuLanguage }[] = [
  { script: /\p{Script=Cyrillic}/u, language: 'bg' },
  { script: /\p{Script=Greek}/u, language: 'el' },
];
