/** Maltese strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Ħruġ malajr',
  exit: 'Ħalli din il-paġna malajr',
  hint: 'jew agħfas Shift 3 darbiet',
  'progress.one': 'Shift: agħfas {count} darba oħra biex tħalli l-paġna',
  'progress.two': 'Shift: agħfas {count} darbtejn oħra biex tħalli l-paġna',
  'progress.few': 'Shift: agħfas {count} darbiet oħra biex tħalli l-paġna',
  'progress.many': 'Shift: agħfas {count}-il darba oħra biex tħalli l-paġna',
  'progress.other': 'Shift: agħfas {count} darba oħra biex tħalli l-paġna',
} satisfies Translation<QuickExitKey>;
