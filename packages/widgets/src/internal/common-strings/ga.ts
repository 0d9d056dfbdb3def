/** Irish strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Á lódáil…',
  error: 'Níorbh fhéidir na sonraí a lódáil.',
  retry: 'Bain triail eile as',
  updated: 'Nuashonraithe {date}',
  previous: 'Roimhe seo',
  next: 'Ar aghaidh',
  pageOf: 'Leathanach {page} as {count}',
} satisfies Translation<CommonKey>;
