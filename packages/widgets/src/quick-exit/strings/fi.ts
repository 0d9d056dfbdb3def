/** Finnish strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Pikapoistuminen',
  exit: 'Poistu sivulta nopeasti',
  hint: 'tai paina Shift-näppäintä 3 kertaa',
  'progress.one': 'Shift: paina vielä {count} kerran poistuaksesi sivulta',
  'progress.other': 'Shift: paina vielä {count} kertaa poistuaksesi sivulta',
} satisfies Translation<QuickExitKey>;
