/** Slovenian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Hiter izhod',
  exit: 'Hitro zapusti to stran',
  hint: 'ali 3-krat pritisnite Shift',
  'progress.one': 'Shift: pritisnite še {count}-krat, da zapustite stran',
  'progress.two': 'Shift: pritisnite še {count}-krat, da zapustite stran',
  'progress.few': 'Shift: pritisnite še {count}-krat, da zapustite stran',
  'progress.other': 'Shift: pritisnite še {count}-krat, da zapustite stran',
} satisfies Translation<QuickExitKey>;
