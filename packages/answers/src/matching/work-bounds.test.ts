/**
 * Issue 10.5: one message must not buy unbounded CPU. Asserted by the work done (typo candidates
 * compared, compound parts looked up, corrections tried), never by time.
 */
import type { PlatformStore } from '@thb/store';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../answer-engine.ts';
import { LANGUAGE_PACKS } from '../language/packs/index.ts';
import { MATCHING_WORK, resetMatchingWork } from './matching-work.ts';

const engine = createAnswerEngine({ store: {} as PlatformStore });
const languages = LANGUAGE_PACKS.length;

/** Deterministic pseudo-random letters, so a failure can be reproduced. */
function randomLetters(length: number, seed: number): string {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(97 + (state % 26));
  }).join('');
}

describe('work per message is bounded', () => {
  beforeEach(() => {
    resetMatchingWork();
  });

  it('gives a 1,000-letter word no typo or compound reading at all', () => {
    for (const locale of [undefined, 'de']) {
      resetMatchingWork();
      expect(engine.classify({ text: randomLetters(1000, 1), locale }).topic).toBe('fallback');
      expect(MATCHING_WORK.corrections).toBe(0);
      expect(MATCHING_WORK.compoundParts).toBe(0);
      expect(MATCHING_WORK.typoCandidates).toBe(0);
    }
  });

  it('corrects at most a dozen unknown words of a message, in each language', () => {
    const flood = Array.from({ length: 150 }, (_, i) => randomLetters(9, i + 2)).join(' ');
    engine.classify({ text: flood });
    // Literal bounds, not the constants: raising a constant should have to change this test too.
    expect(MATCHING_WORK.corrections).toBeLessThanOrEqual(12 * languages);
    expect(MATCHING_WORK.typoCandidates).toBeLessThanOrEqual(12 * languages * 400);
  });

  it('still reads the compounds and typos of real messages', () => {
    expect(engine.classify({ text: 'Gibt es Arbeitsausbeutungsberatung?', locale: 'de' }).topic).not.toBe('fallback');
    expect(MATCHING_WORK.compoundParts).toBeGreaterThan(0);
    resetMatchingWork();
    expect(engine.classify({ text: 'what is human trafficing', locale: 'en' }).topic).toBe('what-is-trafficking');
    expect(MATCHING_WORK.typoCandidates).toBeGreaterThan(0);
  });
});
