/**
 * Edge-safe text processing shared by search and the answer engine.
 *
 * @example
 * import { tokenize, stem, isStopWord } from '@thb/text';
 * tokenize('Wo kann ich einen Verdacht melden?').filter((w) => !isStopWord(w, 'de')).map((w) => stem(w, 'de'));
 */
export { allowedTypos, typoDistance } from './edit-distance.ts';
export { foldText, squeezeRepeats, tokenize } from './normalize.ts';
export { STEMMED_LANGUAGES, stem } from './stem.ts';
export { isStopWord, stopWords } from './stop-words.ts';
