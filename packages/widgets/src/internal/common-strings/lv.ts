/** Latvian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Notiek ielāde…',
  error: 'Datus neizdevās ielādēt.',
  retry: 'Mēģināt vēlreiz',
  updated: 'Atjaunināts {date}',
  previous: 'Iepriekšējā',
  next: 'Nākamā',
  pageOf: '{page}. lapa no {count}',
} satisfies Translation<CommonKey>;
