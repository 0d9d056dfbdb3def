/** Danish strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Hurtig udgang',
  exit: 'Forlad siden hurtigt',
  hint: 'eller tryk på Shift 3 gange',
  'progress.one': 'Shift: tryk {count} gang mere for at forlade siden',
  'progress.other': 'Shift: tryk {count} gange mere for at forlade siden',
} satisfies Translation<QuickExitKey>;
