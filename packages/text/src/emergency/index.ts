/**
 * Emergency detection in all 24 official EU languages, and the short emergency answer in each:
 * small and dependency-free, for the answer engine and the chat widget alike.
 *
 * @example
 * import { detectEmergency, emergencyStrings } from '@thb/text/emergency';
 * const { languages } = detectEmergency('aiuto sono in pericolo'); // ['it']
 * emergencyStrings(languages[0]!).call; // 'Chiama il 112'
 */
export { EmergencyDetector, detectEmergency } from './detect-emergency.ts';
export type { EmergencyDetection } from './detect-emergency.ts';
export type { EmergencyPack, EmergencyStrings } from './emergency-pack.ts';
export {
  EMERGENCY_NUMBER, MISSING_CHILDREN_NUMBER, VICTIM_SUPPORT_NUMBER, emergencyStrings, hasVictimSupportLine, spacedNumber,
} from './emergency-strings.ts';
export { EMERGENCY_LANGUAGES, isEmergencyLanguage } from './languages.ts';
export type { EmergencyLanguage } from './languages.ts';
export { EMERGENCY_PACKS } from './rules/index.ts';
