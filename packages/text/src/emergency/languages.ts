/**
 * The 24 official EU languages, each with its own emergency rules. The same codes as
 * `EU_LANGUAGES` in `@thb/schema/enums`; repeated here because this module ships in the
 * chat widget's browser bundle and must not pull in anything else (the answers package
 * checks at compile time that both lists agree).
 */

/** Every language the emergency detector reads, in alphabetical order. */
export const EMERGENCY_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

/** An official EU language code (ISO 639-1). */
export type EmergencyLanguage = (typeof EMERGENCY_LANGUAGES)[number];

/** Whether a string is one of the 24 codes. */
export function isEmergencyLanguage(code: string): code is EmergencyLanguage {
  return (EMERGENCY_LANGUAGES as readonly string[]).includes(code);
}
