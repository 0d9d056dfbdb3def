/**
 * Adds what a language pack knows to the built-in detection profiles: the words of its
 * knowledge base and chat fillers, and its distinctive letters. A pack for a language outside
 * the EU gets a profile of its own.
 */
import type { DetectionProfile } from './vocabulary-detector.ts';

/**
 * The profiles with each addition merged into the profile of its language.
 * @example mergeProfiles(EU_PROFILES, [{ code: 'de', words: ['mitgliedschaft'], letters: '' }])
 */
export function mergeProfiles(profiles: readonly DetectionProfile[], additions: readonly DetectionProfile[]): DetectionProfile[] {
  const merged = new Map(profiles.map((profile) => [profile.code, profile]));
  for (const addition of additions) {
    const base = merged.get(addition.code);
    merged.set(addition.code, base ? {
      code: base.code,
      words: [...base.words, ...addition.words],
      contentWords: [...(base.contentWords ?? []), ...(addition.contentWords ?? [])],
      letters: base.letters + addition.letters,
      spelling: base.spelling ?? addition.spelling,
      script: base.script ?? addition.script,
    } : addition);
  }
  return [...merged.values()];
}
