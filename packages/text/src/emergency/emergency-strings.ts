/**
 * The short emergency answer per language, and the European numbers it names. Only numbers we
 * are sure of: 112 works in every EU state, from any phone, free; 116 000 (missing children)
 * runs in every EU state; 116 006 (victims of crime) does not, so it is named only for the
 * countries below.
 */
import type { EmergencyStrings } from './emergency-pack.ts';
import type { EmergencyLanguage } from './languages.ts';
import { EMERGENCY_PACKS } from './rules/index.ts';

/** The EU-wide emergency number. */
export const EMERGENCY_NUMBER = '112';
/** The EU helpline for victims of crime (not in service everywhere: see `hasVictimSupportLine`). */
export const VICTIM_SUPPORT_NUMBER = '116006';
/** The EU hotline for missing children, in service in every member state. */
export const MISSING_CHILDREN_NUMBER = '116000';

/**
 * Where 116 006 is in service: the 13 member states that Victim Support Europe lists in its
 * 2023 joint statement (every state but BE, BG, CY, GR, HU, IT, LT, LU, MT, PL, RO, SK, SI, ES).
 * Add a country only with a source that the line answers there.
 */
const VICTIM_SUPPORT_COUNTRIES: ReadonlySet<string> = new Set(['AT', 'CZ', 'DE', 'DK', 'EE', 'FI', 'FR', 'HR', 'IE', 'LV', 'NL', 'PT', 'SE']);

/**
 * Whether the victim support line 116 006 is known to answer in a country (ISO 3166-1 alpha-2).
 * @example hasVictimSupportLine('DE') // true
 */
export function hasVictimSupportLine(country: string | undefined): boolean {
  return country !== undefined && VICTIM_SUPPORT_COUNTRIES.has(country.toUpperCase());
}

/**
 * A language's emergency strings.
 * @example emergencyStrings('it').call // 'Chiama il 112'
 */
export function emergencyStrings(code: EmergencyLanguage): EmergencyStrings {
  return EMERGENCY_PACKS[code].strings;
}

/** "116 006" for reading: a dialable number grouped in threes after the first three digits. */
export function spacedNumber(number: string): string {
  return number.length === 6 ? `${number.slice(0, 3)} ${number.slice(3)}` : number;
}
