/**
 * The engine's emergency check: the shared 24-language phrase table of `@thb/text/emergency`
 * (the same one the chat widget runs offline), and the choice of the language to answer in when
 * several languages' rules match.
 */
import type { EuLanguage } from '@thb/schema';
import { detectEmergency, type EmergencyLanguage } from '@thb/text/emergency';
import type { LanguageScores } from '../language/choose-language.ts';

// The widget-safe module keeps its own copy of the 24 codes; this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameLanguages: Same<EmergencyLanguage, EuLanguage> = true;
void sameLanguages;

/**
 * The language of an emergency message, or `undefined` when it is none. When the rules of
 * several languages match, the request's language wins if it is among them, then the one the
 * language detector (lazily asked, since most messages need no tie-break) rates best, then the
 * one with the most matching rules.
 * @example emergencyLanguage('aiuto sono in pericolo', 'fr', () => []) // 'it'
 */
export function emergencyLanguage(text: string, locale: string | undefined, detect: () => LanguageScores): EmergencyLanguage | undefined {
  const { languages } = detectEmergency(text);
  if (languages.length <= 1) return languages[0];
  const fromLocale = locale?.trim().split(/[-_]/)[0]?.toLowerCase();
  const local = languages.find((language) => language === fromLocale);
  if (local) return local;
  const detected = detect().find((entry) => entry.score > 0 && (languages as readonly string[]).includes(entry.code));
  return (detected?.code as EmergencyLanguage | undefined) ?? languages[0];
}
