/**
 * The all-elements bundle (`thb-widgets.js`): one script tag registers every element. The
 * member map's implementation and geometry still load only when a `<thb-member-map>` connects.
 *
 * @example
 * <script type="module" src="https://YOUR-API/widgets/thb-widgets.js"></script>
 * <thb-member-map></thb-member-map>
 */
export { ThbMemberMap } from './define/thb-member-map.ts';
export { ThbResourceFinder } from './define/thb-resource-finder.ts';
export { ThbEventList } from './define/thb-event-list.ts';
export { ThbChat } from './define/thb-chat.ts';
export { ThbQuickExit } from './define/thb-quick-exit.ts';
