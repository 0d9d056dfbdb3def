/** Maltese strings of the shared strings of every element; review status in src/translations.ts. */
import type { Translation } from '../strings.ts';
import type { CommonKey } from '../common.strings.ts';

export default {
  loading: 'Qed jitgħabba…',
  error: 'Id-data ma setgħetx titgħabba.',
  retry: 'Erġa’ pprova',
  updated: 'Aġġornat fil-{date}',
  previous: 'Ta’ qabel',
  next: 'Li jmiss',
  pageOf: 'Paġna {page} minn {count}',
} satisfies Translation<CommonKey>;
