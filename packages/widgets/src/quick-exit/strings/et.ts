/** Estonian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Kiire väljumine',
  exit: 'Lahku lehelt kiiresti',
  hint: 'või vajuta 3 korda Shift-klahvi',
  'progress.one': 'Shift: vajuta veel {count} kord, et lehelt lahkuda',
  'progress.other': 'Shift: vajuta veel {count} korda, et lehelt lahkuda',
} satisfies Translation<QuickExitKey>;
