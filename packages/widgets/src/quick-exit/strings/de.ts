/** German strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Schnellausstieg',
  exit: 'Seite schnell verlassen',
  hint: 'oder dreimal die Umschalttaste drücken',
  'progress.one': 'Umschalttaste: noch {count}-mal drücken, um die Seite zu verlassen',
  'progress.other': 'Umschalttaste: noch {count}-mal drücken, um die Seite zu verlassen',
} satisfies Translation<QuickExitKey>;
