/** Irish strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Scoir go tapa',
  exit: 'Fág an leathanach seo go tapa',
  hint: 'nó brúigh Shift 3 huaire',
  'progress.one': 'Shift: brúigh {count} uair eile chun an leathanach a fhágáil',
  'progress.two': 'Shift: brúigh {count} uair eile chun an leathanach a fhágáil',
  'progress.few': 'Shift: brúigh {count} huaire eile chun an leathanach a fhágáil',
  'progress.many': 'Shift: brúigh {count} n-uaire eile chun an leathanach a fhágáil',
  'progress.other': 'Shift: brúigh {count} uair eile chun an leathanach a fhágáil',
} satisfies Translation<QuickExitKey>;
