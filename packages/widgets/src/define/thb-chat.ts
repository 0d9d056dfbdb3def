/** Registers `<thb-chat>` (once, even if two scripts on the page load this module). */
import { ThbChat } from '../chat/chat.ts';

if (!customElements.get('thb-chat')) customElements.define('thb-chat', ThbChat);

export { ThbChat };
