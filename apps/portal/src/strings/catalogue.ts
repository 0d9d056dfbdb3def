/**
 * The portal's catalogue: one file per language under `strings/`, collected here. Adding
 * Italian is adding `it.ts` (typed `Partial<Record<PortalStringKey, string>>`) and one line
 * below; missing keys fall back to English (packages/widgets `stringsFor`).
 */
import type { Catalogue } from '@thb/widgets/strings';
import { de } from './de.ts';
import { en, type PortalStringKey } from './en.ts';
import { fr } from './fr.ts';

/** Every language the portal speaks, English first. */
export const portalCatalogue: Catalogue<PortalStringKey> = { en, de, fr };

/** The languages offered in the language picker, as their own names. */
export const PORTAL_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
] as const;

export type { PortalStringKey };
