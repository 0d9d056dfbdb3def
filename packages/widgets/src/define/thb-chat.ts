/**
 * Registers `<thb-chat>` (once, even if two scripts on the page load this module), and
 * `<thb-quick-exit>`, which the chat puts on the page and in its panel.
 */
import './thb-quick-exit.ts';
import { ThbChat } from '../chat/chat.ts';

if (!customElements.get('thb-chat')) customElements.define('thb-chat', ThbChat);

export { ThbChat };
