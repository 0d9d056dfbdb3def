/** Spanish strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Salida rápida',
  exit: 'Salir rápido de esta página',
  hint: 'o pulse Mayús 3 veces',
  'progress.one': 'Mayús: pulse {count} vez más para salir de la página',
  'progress.many': 'Mayús: pulse {count} de veces más para salir de la página',
  'progress.other': 'Mayús: pulse {count} veces más para salir de la página',
} satisfies Translation<QuickExitKey>;
