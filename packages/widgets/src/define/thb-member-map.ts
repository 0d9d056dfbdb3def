/** Registers `<thb-member-map>` (once, even if two scripts on the page load this module). */
import { ThbMemberMap } from '../member-map/member-map.ts';

if (!customElements.get('thb-member-map')) customElements.define('thb-member-map', ThbMemberMap);

export { ThbMemberMap };
