/**
 * The emergency answer's parts that exist in all 24 languages: the call buttons (112 first,
 * then 116 006 where it runs, then 116 000) and, for languages without a full knowledge-base
 * answer, the short text of the shared phrase table.
 */
import type { ChatAction } from '@thb/schema';
import {
  EMERGENCY_NUMBER, MISSING_CHILDREN_NUMBER, VICTIM_SUPPORT_NUMBER, emergencyStrings, hasVictimSupportLine, spacedNumber,
  type EmergencyLanguage,
} from '@thb/text/emergency';

/**
 * The call buttons of an emergency answer, labelled in its language. 116 006 only when the
 * visitor's country is known to run it: naming a line that does not answer costs time.
 * @example emergencyActions('it', 'IT')[0] // { kind: 'call', number: '112', label: 'Chiama il 112' }
 */
export function emergencyActions(language: EmergencyLanguage, country: string | undefined): ChatAction[] {
  const strings = emergencyStrings(language);
  const actions: ChatAction[] = [{ kind: 'call', number: EMERGENCY_NUMBER, label: strings.call }];
  if (hasVictimSupportLine(country)) {
    actions.push({ kind: 'call', number: VICTIM_SUPPORT_NUMBER, label: `${strings.victimSupport} ${spacedNumber(VICTIM_SUPPORT_NUMBER)}` });
  }
  actions.push({ kind: 'call', number: MISSING_CHILDREN_NUMBER, label: `${strings.missingChildren} ${spacedNumber(MISSING_CHILDREN_NUMBER)}` });
  return actions;
}

/** The short emergency text of a language (call 112 now, free, any phone; go somewhere safe). */
export function shortEmergencyText(language: EmergencyLanguage): string {
  return emergencyStrings(language).text;
}
