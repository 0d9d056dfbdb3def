/**
 * Text normalisation shared by resource search and the answer engine: lower case, accents
 * folded (é → e, ß → ss), punctuation dropped. Edge-safe: plain JavaScript only.
 *
 * @example foldText('Traite des Êtres humains !') // 'traite des etres humains'
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-cases, folds accents and special letters, and turns punctuation into single spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/** Splits text into folded words. */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Collapses a letter typed three or more times in a row ("hiii", "heyyy", "helllp") to one:
 * chat emphasis, never spelling, since no word of our languages repeats a letter three times.
 */
export function squeezeRepeats(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1');
}
