/**
 * Every event the elements dispatch: one `Event` subclass per `thb-` name, bubbling and
 * composed (a page can listen on `document`), with a typed `detail`. Each module also adds
 * its name to `GlobalEventHandlersEventMap`, which `HTMLElementEventMap`, `DocumentEventMap`
 * and `WindowEventMap` extend, so `addEventListener('thb-select', …)` is typed anywhere.
 */
export { ThbAnswerEvent, type ThbAnswerDetail } from './thb-answer.ts';
export { ThbExitEvent, type ThbExitDetail } from './thb-exit.ts';
export { ThbFilterChangeEvent, type EventListFilterDetail, type MemberMapFilterDetail, type ThbFilterChangeDetail } from './thb-filter-change.ts';
export { ThbSearchEvent, type ThbSearchDetail } from './thb-search.ts';
export { ThbSelectEvent, type ThbSelectDetail } from './thb-select.ts';
export { ThbToggleEvent, type ThbToggleDetail } from './thb-toggle.ts';
export { ThbUpdateEvent, type ThbUpdateDetail } from './thb-update.ts';
