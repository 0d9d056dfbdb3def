/**
 * Stop words per EU language (from the `stopword` package), folded like the text they filter.
 * Maltese has no list there and keeps all its words.
 */
import {
  bul, ces, dan, deu, ell, eng, est, fin, fra, gle, hrv, hun, ita, lav, lit, nld, pol, por, ron,
  slk, slv, spa, swe,
} from 'stopword';
import { foldText } from './normalize.ts';

const LISTS: Readonly<Record<string, readonly string[]>> = {
  bg: bul, cs: ces, da: dan, de: deu, el: ell, en: eng, es: spa, et: est, fi: fin, fr: fra,
  ga: gle, hr: hrv, hu: hun, it: ita, lt: lit, lv: lav, nl: nld, pl: pol, pt: por, ro: ron,
  sk: slk, sl: slv, sv: swe,
};

const folded = new Map<string, ReadonlySet<string>>();

/** The folded stop words of a language (built on first use, then kept). */
export function stopWords(language: string): ReadonlySet<string> {
  let set = folded.get(language);
  if (!set) {
    set = new Set((LISTS[language] ?? []).map(foldText));
    folded.set(language, set);
  }
  return set;
}

/** Whether a folded word is a stop word in the language. */
export function isStopWord(word: string, language: string): boolean {
  return stopWords(language).has(word);
}
