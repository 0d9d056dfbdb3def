/**
 * The 112 answer the chat gives by itself, before and whatever the API answers: the phrase
 * table ships in the chat's bundle, so a visitor in danger sees it even when the API host is
 * down or rate-limits a shelter's shared Wi-Fi.
 */
import { EMERGENCY_NUMBER, detectEmergency, emergencyStrings } from '@thb/text/emergency';
import type { ChatMessage } from './conversation.ts';

/**
 * The emergency answer for `text` in the language it was written in (the interface's
 * language when that is among the matches), or `undefined` when it reads as no emergency.
 * @example localEmergency('socorro me están amenazando', 'en')?.locale // 'es'
 */
export function localEmergency(text: string, uiLanguage: string): ChatMessage | undefined {
  const { languages } = detectEmergency(text);
  const language = languages.find((code) => code === uiLanguage) ?? languages[0];
  if (!language) return undefined;
  const strings = emergencyStrings(language);
  return {
    from: 'bot',
    topic: 'emergency',
    locale: language,
    local: true,
    text: [strings.text, strings.victimSupport, strings.missingChildren].filter(Boolean).join('\n'),
    actions: [{ kind: 'call', number: EMERGENCY_NUMBER, label: strings.call }],
  };
}
