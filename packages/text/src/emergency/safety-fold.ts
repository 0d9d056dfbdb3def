/**
 * Folding for the emergency detector: `foldText`, plus two letters it keeps that people often
 * type plainly, Maltese ħ (as h) and Greek final ς (as σ). Kept here, not in `foldText`, since
 * the store persists `foldText` output in columns and must not change what it wrote.
 */
import { foldText, squeezeRepeats } from '../normalize.ts';

/** The longest text read: a chat message is at most 1,000 characters. */
const MAX_CHARS = 1000;
/** The most words read: an emergency is said in the first sentences, not after a page. */
const MAX_WORDS = 60;
/** Longer "words" are noise (or an attack) and are skipped before any comparison. */
export const MAX_WORD_LENGTH = 40;

/** Folds one rule word or message text for safety matching. */
export function foldForSafety(text: string): string {
  return foldText(text).replace(/ħ/g, 'h').replace(/ς/g, 'σ');
}

/**
 * The words of a message as the detector compares them: folded, letters typed three times or
 * more squeezed to one ("heeelp"), at most 60 of them; over-long words become empty strings
 * so that positions (and thus distances between words) stay true.
 */
export function safetyWords(message: string): string[] {
  const folded = foldForSafety(message.slice(0, MAX_CHARS));
  if (folded === '') return [];
  return folded.split(' ', MAX_WORDS).map((word) => (word.length > MAX_WORD_LENGTH ? '' : squeezeRepeats(word)));
}
