/** Greek strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Φόρτωση…',
  error: 'Δεν ήταν δυνατή η φόρτωση των δεδομένων.',
  retry: 'Δοκιμάστε ξανά',
  updated: 'Ενημερώθηκε στις {date}',
  previous: 'Προηγούμενη',
  next: 'Επόμενη',
  pageOf: 'Σελίδα {page} από {count}',
} satisfies Translation<CommonKey>;
