/** Romanian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Ieșire rapidă',
  exit: 'Părăsiți rapid această pagină',
  hint: 'sau apăsați Shift de 3 ori',
  'progress.one': 'Shift: încă {count} apăsare pentru a părăsi pagina',
  'progress.few': 'Shift: încă {count} apăsări pentru a părăsi pagina',
  'progress.other': 'Shift: încă {count} de apăsări pentru a părăsi pagina',
} satisfies Translation<QuickExitKey>;
