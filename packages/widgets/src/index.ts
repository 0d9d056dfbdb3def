/**
 * THB widgets: Lit custom elements for the platform's members, resources, events and chatbot,
 * and the quick exit.
 * Importing this module registers nothing; import `@thb/widgets/define/<tag>` (or load
 * `dist/thb-widgets.js`) to register the elements.
 *
 * @example
 * import '@thb/widgets/define/thb-event-list';
 * document.body.append(Object.assign(document.createElement('thb-event-list'), { limit: 3 }));
 */
export { ThbMemberMap } from './member-map/member-map.ts';
export { ThbResourceFinder } from './resource-finder/resource-finder.ts';
export { ThbEventList } from './event-list/event-list.ts';
export { ThbChat } from './chat/chat.ts';
export { ThbQuickExit } from './quick-exit/quick-exit.ts';
export { ThbElement } from './internal/thb-element.ts';
export { safeHref } from './internal/safe-href.ts';
export {
  ThbAnswerEvent, ThbExitEvent, ThbFilterChangeEvent, ThbSearchEvent, ThbSelectEvent, ThbToggleEvent, ThbUpdateEvent,
} from './events/events.ts';
export type {
  EventListFilterDetail, MemberMapFilterDetail, ThbAnswerDetail, ThbExitDetail, ThbFilterChangeDetail, ThbSearchDetail,
  ThbSelectDetail, ThbToggleDetail, ThbUpdateDetail,
} from './events/events.ts';
