/**
 * The focus-area names in English, German and French as one static object, for the portal's
 * forms (`@thb/widgets/focus-strings`). The widgets themselves load one language at a time
 * through `focus.strings.ts`; the portal moves to the same loading with its own i18n work.
 */
import de from './focus-strings/de.ts';
import fr from './focus-strings/fr.ts';
import { focusStrings as focusCatalogue, type FocusKey } from './focus.strings.ts';

export { FOCUS_AREA_VALUES, type FocusKey } from './focus.strings.ts';

/** Focus-area names in the portal's languages. */
export const focusStrings: { en: Record<FocusKey, string> } & Record<'de' | 'fr', Record<FocusKey, string>> = { en: focusCatalogue.en, de, fr };
