/** Estonian strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Laadimine…',
  error: 'Andmeid ei õnnestunud laadida.',
  retry: 'Proovi uuesti',
  updated: 'Uuendatud {date}',
  previous: 'Eelmine',
  next: 'Järgmine',
  pageOf: 'Lehekülg {page}/{count}',
} satisfies Translation<CommonKey>;
