/**
 * The fallback detector: `eld` (Efficient Language Detector, byte n-grams, no dependencies, no
 * network), its smallest database, limited to the EU languages. It knows 22 of the 24 (not
 * Irish or Maltese, which our own vocabulary covers). Chosen over `tinyld` by measurement:
 * docs/decisions/0007-language-detection.md.
 */
import { EU_LANGUAGES } from '@thb/schema/enums';
import { eld } from 'eld/extrasmall';
import type { LanguageScores } from './vocabulary-detector.ts';

const detector = eld.newInstance();
detector.setLanguageSubset([...EU_LANGUAGES]);

/**
 * How much a text looks like each EU language eld knows, best first (empty when it cannot tell).
 * @example eldScores('ayúdame por favor')[0].code // 'es'
 */
export function eldScores(text: string): LanguageScores {
  const scores = detector.detect(text).getScores();
  return Object.entries(scores).map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score);
}
