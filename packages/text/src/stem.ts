/**
 * Snowball stemmers per EU language (from @orama/stemmers). Languages without a stemmer
 * there (cs, et, hr, lv, mt, pl, sk, sl) are matched on folded words, helped by typo tolerance.
 *
 * @example stem('Menschenhandels', 'de') // 'menschenhandel'
 */
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as da } from '@orama/stemmers/danish';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as el } from '@orama/stemmers/greek';
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as fi } from '@orama/stemmers/finnish';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as ga } from '@orama/stemmers/irish';
import { stemmer as hu } from '@orama/stemmers/hungarian';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as lt } from '@orama/stemmers/lithuanian';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stemmer as ro } from '@orama/stemmers/romanian';
import { stemmer as sv } from '@orama/stemmers/swedish';
import { foldText } from './normalize.ts';

/**
 * The Bulgarian stemmer replaces letters by assigning to `word[i]`, which throws on a string in
 * strict mode ("собствената", "работници"): it gets a letter array that takes the writes.
 */
function bg(word: string): string {
  const letters = Object.assign([...word], {
    substring: (start: number, end: number) => letters.slice(start, end).join(''),
  });
  return bulgarian(letters as unknown as string); // an array with substring() is all it reads
}

const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  bg, da, de, el, en, es, fi, fr, ga, hu, it, lt, nl, pt, ro, sv,
};

/** Languages with a real stemmer. */
export const STEMMED_LANGUAGES = Object.keys(STEMMERS);

/**
 * The stem of one word in a language, folded so that accents never decide a match.
 * Stemming runs on the lower-cased word before folding, since Snowball rules know accents.
 */
export function stem(word: string, language: string): string {
  const stemmer = STEMMERS[language];
  const lower = word.toLowerCase();
  return foldText(stemmer ? stemmer(lower) : lower);
}
