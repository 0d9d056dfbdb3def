/** Lithuanian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Greitas išėjimas',
  exit: 'Greitai palikti šį puslapį',
  hint: 'arba 3 kartus paspauskite Shift',
  'progress.one': 'Shift: paspauskite dar {count} kartą, kad paliktumėte puslapį',
  'progress.few': 'Shift: paspauskite dar {count} kartus, kad paliktumėte puslapį',
  'progress.many': 'Shift: paspauskite dar {count} karto, kad paliktumėte puslapį',
  'progress.other': 'Shift: paspauskite dar {count} kartų, kad paliktumėte puslapį',
} satisfies Translation<QuickExitKey>;
