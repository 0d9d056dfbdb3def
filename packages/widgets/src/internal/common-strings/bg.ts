/** Bulgarian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Зареждане…',
  error: 'Данните не можаха да бъдат заредени.',
  retry: 'Опитайте отново',
  updated: 'Обновено на {date}',
  previous: 'Предишна',
  next: 'Следваща',
  pageOf: 'Страница {page} от {count}',
} satisfies Translation<CommonKey>;
