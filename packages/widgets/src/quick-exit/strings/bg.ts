/** Bulgarian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Бърз изход',
  exit: 'Напуснете бързо тази страница',
  hint: 'или натиснете Shift 3 пъти',
  'progress.one': 'Shift: натиснете още {count} път, за да напуснете страницата',
  'progress.other': 'Shift: натиснете още {count} пъти, за да напуснете страницата',
} satisfies Translation<QuickExitKey>;
