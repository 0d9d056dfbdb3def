/** Registers `<thb-resource-finder>` (once, even if two scripts on the page load this module). */
import { ThbResourceFinder } from '../resource-finder/resource-finder.ts';

if (!customElements.get('thb-resource-finder')) customElements.define('thb-resource-finder', ThbResourceFinder);

export { ThbResourceFinder };
