/** Slovak strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Rýchly odchod',
  exit: 'Rýchlo opustiť túto stránku',
  hint: 'alebo stlačte 3-krát Shift',
  'progress.one': 'Shift: stlačte ešte {count}-krát a stránku opustíte',
  'progress.few': 'Shift: stlačte ešte {count}-krát a stránku opustíte',
  'progress.many': 'Shift: stlačte ešte {count}-krát a stránku opustíte',
  'progress.other': 'Shift: stlačte ešte {count}-krát a stránku opustíte',
} satisfies Translation<QuickExitKey>;
