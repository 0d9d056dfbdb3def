/** Italian strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Uscita rapida',
  exit: 'Lascia subito questa pagina',
  hint: 'oppure premi Maiusc 3 volte',
  'progress.one': 'Maiusc: premi ancora {count} volta per lasciare la pagina',
  'progress.many': 'Maiusc: premi ancora {count} di volte per lasciare la pagina',
  'progress.other': 'Maiusc: premi ancora {count} volte per lasciare la pagina',
} satisfies Translation<QuickExitKey>;
