/** Layout of `<thb-event-list>`: a one-column list that gains a side-by-side toolbar on wider containers. */
import { css } from 'lit';

/** Styles of the event list. */
export const eventListStyles = css`
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.75em; align-items: end; margin-bottom: 1em; }
  .tabs { display: flex; gap: 0.25em; }
  .toolbar select { width: 100%; }
  .toolbar .field { flex: 1 1 10em; }
  .group + .group { margin-top: 1.25em; }
  .month { font-weight: 700; font-size: 1.05em; padding-bottom: 0.25em; border-bottom: 1px solid var(--_soft); }
  .event { padding: 0.75em 0; border-bottom: 1px solid var(--_soft); display: grid; gap: 0.3em; }
  .title { font-weight: 600; font-size: 1.05em; display: flex; flex-wrap: wrap; gap: 0.5em; align-items: baseline; }
  .event[data-status='cancelled'] .title s { color: var(--_muted); }
  .status { font-weight: 400; }
  .event[data-status='tentative'] .status { border-style: dashed; }
  .when { display: grid; }
  .meta, .links { display: flex; flex-wrap: wrap; gap: 0.4em 0.75em; align-items: center; }
  .description { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
  .links a { min-height: 1.5em; display: inline-flex; align-items: center; }
  .feed { margin-top: 1em; }
  @container (max-width: 480px) {
    .tabs { flex: 1 1 100%; }
    .tabs button { flex: 1; }
  }
`;
