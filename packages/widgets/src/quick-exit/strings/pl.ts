/** Polish strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Szybkie wyjście',
  exit: 'Szybko opuść tę stronę',
  hint: 'lub naciśnij 3 razy Shift',
  'progress.one': 'Shift: naciśnij jeszcze {count} raz, aby opuścić stronę',
  'progress.few': 'Shift: naciśnij jeszcze {count} razy, aby opuścić stronę',
  'progress.many': 'Shift: naciśnij jeszcze {count} razy, aby opuścić stronę',
  'progress.other': 'Shift: naciśnij jeszcze {count} raza, aby opuścić stronę',
} satisfies Translation<QuickExitKey>;
