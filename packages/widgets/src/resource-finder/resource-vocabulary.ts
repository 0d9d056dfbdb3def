/**
 * The resource finder's strings in English, German and French as one static object, for the
 * portal's content forms (`@thb/widgets/resource-vocabulary`: types, topics, audiences). The
 * finder itself loads one language at a time through `resource-finder.strings.ts`.
 */
import commonDe from '../internal/common-strings/de.ts';
import commonFr from '../internal/common-strings/fr.ts';
import focusDe from '../internal/focus-strings/de.ts';
import focusFr from '../internal/focus-strings/fr.ts';
import { resourceFinderStrings as catalogue, type ResourceFinderKey } from './resource-finder.strings.ts';
import de from './strings/de.ts';
import fr from './strings/fr.ts';

/** Resource finder strings in the portal's languages. */
export const resourceFinderStrings: Record<'en' | 'de' | 'fr', Partial<Record<ResourceFinderKey, string>>> = {
  en: catalogue.en,
  de: { ...commonDe, ...focusDe, ...de },
  fr: { ...commonFr, ...focusFr, ...fr },
};
