/** Slovenian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Nalaganje …',
  error: 'Podatkov ni bilo mogoče naložiti.',
  retry: 'Poskusi znova',
  updated: 'Posodobljeno {date}',
  previous: 'Prejšnja',
  next: 'Naslednja',
  pageOf: 'Stran {page} od {count}',
} satisfies Translation<CommonKey>;
