/** Portuguese strings of the quick exit; review status in src/translations.ts. */
import type { Translation } from '../../internal/strings.ts';
import type { QuickExitKey } from '../quick-exit.strings.ts';

export default {
  region: 'Saída rápida',
  exit: 'Sair depressa desta página',
  hint: 'ou prima Shift 3 vezes',
  'progress.one': 'Shift: prima mais {count} vez para sair da página',
  'progress.many': 'Shift: prima mais {count} de vezes para sair da página',
  'progress.other': 'Shift: prima mais {count} vezes para sair da página',
} satisfies Translation<QuickExitKey>;
