/** French strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Sortie rapide',
  exit: 'Quitter vite cette page',
  hint: 'ou appuyez 3 fois sur Maj',
  'progress.one': 'Maj : encore {count} appui pour quitter la page',
  'progress.other': 'Maj : encore {count} appuis pour quitter la page',
  'progress.many': 'Maj : encore {count} d’appuis pour quitter la page',
} satisfies Translation<QuickExitKey>;
