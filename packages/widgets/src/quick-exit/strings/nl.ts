/** Dutch strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Snel weg',
  exit: 'Deze pagina snel verlaten',
  hint: 'of druk 3 keer op Shift',
  'progress.one': 'Shift: druk nog {count} keer om de pagina te verlaten',
  'progress.other': 'Shift: druk nog {count} keer om de pagina te verlaten',
} satisfies Translation<QuickExitKey>;
