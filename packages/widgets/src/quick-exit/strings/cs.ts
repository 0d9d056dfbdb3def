/** Czech strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Rychlý odchod',
  exit: 'Rychle opustit tuto stránku',
  hint: 'nebo stiskněte 3× Shift',
  'progress.one': 'Shift: stiskněte ještě {count}krát a stránku opustíte',
  'progress.few': 'Shift: stiskněte ještě {count}krát a stránku opustíte',
  'progress.many': 'Shift: stiskněte ještě {count}krát a stránku opustíte',
  'progress.other': 'Shift: stiskněte ještě {count}krát a stránku opustíte',
} satisfies Translation<QuickExitKey>;
