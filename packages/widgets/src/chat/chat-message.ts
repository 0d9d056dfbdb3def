/** One message in the conversation: the visitor's as they wrote it, the bot's with links and cards. */
import { html, nothing, type TemplateResult } from 'lit';
import { chatCards, type CardContext } from './chat-cards.ts';
import type { ChatMessage } from './conversation.ts';
import { linkify } from './linkify.ts';

/** The EU-wide emergency number, shown big on the emergency answer. */
const EMERGENCY_NUMBER = '112';

/** Text with its addresses and phone numbers as links; every part a plain Lit binding. */
function linkedText(text: string): unknown[] {
  return linkify(text).map((part) => (part.href ? html`<a part="link" href=${part.href}>${part.text}</a>` : part.text));
}

/**
 * Renders one message. The emergency answer starts with a big "Call 112" link and is framed
 * like an alert, so that it is the first thing a person in danger sees.
 */
export function chatMessage(message: ChatMessage, context: CardContext, id?: string): TemplateResult {
  const { t } = context.strings;
  if (message.from === 'visitor') {
    return html`<li class="msg" part="message visitor" data-from="visitor"><span class="sr-only">${t('you')} </span><p class="text">${message.text}</p></li>`;
  }
  const emergency = message.topic === 'emergency';
  return html`<li class="msg" part=${emergency ? 'message bot emergency' : 'message bot'} data-from="bot" data-topic=${message.topic ?? nothing} lang=${message.locale ?? nothing}>
    <span class="sr-only">${t('assistant')} </span>
    ${emergency ? html`<a class="sos" part="emergency-call" href="tel:${EMERGENCY_NUMBER}">${t('callNow', { number: EMERGENCY_NUMBER })}</a>` : nothing}
    <p class="text" id=${id ?? nothing}>${linkedText(message.text)}</p>
    ${chatCards(message.items, context)}
  </li>`;
}
