/** Latvian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Ātrā iziešana',
  exit: 'Ātri pamest šo lapu',
  hint: 'vai 3 reizes nospiediet Shift',
  'progress.zero': 'Shift: nospiediet vēl {count} reižu, lai pamestu lapu',
  'progress.one': 'Shift: nospiediet vēl {count} reizi, lai pamestu lapu',
  'progress.other': 'Shift: nospiediet vēl {count} reizes, lai pamestu lapu',
} satisfies Translation<QuickExitKey>;
