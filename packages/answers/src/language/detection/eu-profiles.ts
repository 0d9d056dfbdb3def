/**
 * The detection profile of every EU language, from the engine's own vocabulary: the stop list
 * of `@thb/text` (a small one of ours for Maltese, which has none there), the chat and danger
 * words, and the distinctive letters and scripts.
 */
import { EU_LANGUAGES, type EuLanguage } from '@thb/schema/enums';
import { stopWords } from '@thb/text';
import { CHAT_WORDS } from './chat-words.ts';
import { DANGER_WORDS } from './danger-words.ts';
import { DISTINCTIVE_LETTERS, DISTINCTIVE_SPELLINGS, SCRIPT_LANGUAGES } from './distinctive-letters.ts';
import { MALTESE_STOP_WORDS } from './maltese-stop-words.ts';
import type { DetectionProfile } from './vocabulary-detector.ts';

/** One EU language's profile. */
function euProfile(code: EuLanguage): DetectionProfile {
  const stops = code === 'mt' ? MALTESE_STOP_WORDS : [...stopWords(code)];
  return {
    code,
    words: [...stops, ...CHAT_WORDS[code], ...DANGER_WORDS[code]],
    letters: DISTINCTIVE_LETTERS[code],
    spelling: DISTINCTIVE_SPELLINGS[code],
    script: SCRIPT_LANGUAGES.find((entry) => entry.language === code)?.script,
  };
}

/** Every EU language's profile. */
export const EU_PROFILES: readonly DetectionProfile[] = EU_LANGUAGES.map(euProfile);
