/** Croatian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Brzi izlaz',
  exit: 'Brzo napustite ovu stranicu',
  hint: 'ili pritisnite Shift 3 puta',
  'progress.one': 'Shift: pritisnite još {count} put da biste napustili stranicu',
  'progress.few': 'Shift: pritisnite još {count} puta da biste napustili stranicu',
  'progress.other': 'Shift: pritisnite još {count} puta da biste napustili stranicu',
} satisfies Translation<QuickExitKey>;
