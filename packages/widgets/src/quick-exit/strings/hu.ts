/** Hungarian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Gyors kilépés',
  exit: 'Oldal gyors elhagyása',
  hint: 'vagy nyomja meg háromszor a Shift billentyűt',
  'progress.one': 'Shift: még {count} lenyomás az oldal elhagyásához',
  'progress.other': 'Shift: még {count} lenyomás az oldal elhagyásához',
} satisfies Translation<QuickExitKey>;
