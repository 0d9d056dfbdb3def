/** Greek strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Γρήγορη έξοδος',
  exit: 'Φύγετε γρήγορα από αυτή τη σελίδα',
  hint: 'ή πατήστε Shift 3 φορές',
  'progress.one': 'Shift: πατήστε {count} φορά ακόμη για να φύγετε από τη σελίδα',
  'progress.other': 'Shift: πατήστε {count} φορές ακόμη για να φύγετε από τη σελίδα',
} satisfies Translation<QuickExitKey>;
