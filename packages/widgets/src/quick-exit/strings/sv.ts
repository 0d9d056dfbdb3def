/** Swedish strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Snabb utgång',
  exit: 'Lämna sidan snabbt',
  hint: 'eller tryck på Skift 3 gånger',
  'progress.one': 'Skift: tryck {count} gång till för att lämna sidan',
  'progress.other': 'Skift: tryck {count} gånger till för att lämna sidan',
} satisfies Translation<QuickExitKey>;
