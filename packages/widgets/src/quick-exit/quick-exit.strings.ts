/** The quick exit's strings; a language more is one more entry, falling back to English key by key. */
import type { Catalogue } from '../internal/strings.ts';

const en = {
  region: 'Quick exit',
  exit: 'Leave this page quickly',
  hint: 'or press Shift 3 times',
  'progress.one': 'Shift: press {count} more time to leave this page',
  'progress.other': 'Shift: press {count} more times to leave this page',
};

/** Keys of the quick exit's strings. */
export type QuickExitKey = keyof typeof en;

/** Quick-exit strings in English, German and French. */
export const quickExitStrings = {
  en,
  de: {
    region: 'Schnellausstieg',
    exit: 'Seite schnell verlassen',
    hint: 'oder dreimal die Umschalttaste drücken',
    'progress.one': 'Umschalttaste: noch {count}-mal drücken, um die Seite zu verlassen',
    'progress.other': 'Umschalttaste: noch {count}-mal drücken, um die Seite zu verlassen',
  },
  fr: {
    region: 'Sortie rapide',
    exit: 'Quitter vite cette page',
    hint: 'ou appuyez 3 fois sur Maj',
    'progress.one': 'Maj : encore {count} appui pour quitter la page',
    'progress.other': 'Maj : encore {count} appuis pour quitter la page',
  },
} satisfies Catalogue<QuickExitKey> & Record<'de' | 'fr', Record<QuickExitKey, string>>;
