/** Registers `<thb-event-list>` (once, even if two scripts on the page load this module). */
import { ThbEventList } from '../event-list/event-list.ts';

if (!customElements.get('thb-event-list')) customElements.define('thb-event-list', ThbEventList);

export { ThbEventList };
