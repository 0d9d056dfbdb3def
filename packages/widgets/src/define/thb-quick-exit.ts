/** Registers `<thb-quick-exit>` (once, even if two scripts on the page load this module). */
import { ThbQuickExit } from '../quick-exit/quick-exit.ts';

if (!customElements.get('thb-quick-exit')) customElements.define('thb-quick-exit', ThbQuickExit);

export { ThbQuickExit };
