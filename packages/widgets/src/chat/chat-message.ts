/** One message in the conversation: the visitor's as they wrote it, the bot's with links and cards. */
import { html, nothing, type TemplateResult } from 'lit';
import { telHref } from '../internal/safe-href.ts';
import { chatCards, type CardContext } from './chat-cards.ts';
import type { ChatMessage } from './conversation.ts';
import { linkify } from './linkify.ts';
import { emergencyCalls } from './local-emergency.ts';

/** Text with its addresses and phone numbers as links; every part a plain Lit binding. */
function linkedText(text: string): unknown[] {
  return linkify(text).map((part) => (part.href ? html`<a part="link" href=${part.href}>${part.text}</a>` : part.text));
}

/** The answer's call buttons: big on the emergency answer, where they come before everything else. */
function callButtons(message: ChatMessage, emergency: boolean): unknown[] {
  const calls = emergency ? emergencyCalls(message) : (message.actions ?? []);
  return calls.map((call) => {
    const href = telHref(call.number);
    return href ? html`<a class=${emergency ? 'sos' : 'call'} part=${emergency ? 'emergency-call' : 'link'} href=${href}>${call.label}</a>` : nothing;
  });
}

/**
 * Renders one message. The emergency answer starts with a big "Call 112" link, labelled in the
 * answer's language (its `lang`), and is framed like an alert, so that it is the first thing a
 * person in danger sees.
 */
export function chatMessage(message: ChatMessage, context: CardContext, id?: string): TemplateResult {
  const { t } = context.strings;
  if (message.from === 'visitor') {
    return html`<li class="msg" part="message visitor" data-from="visitor"><span class="sr-only">${t('you')} </span><p class="text">${message.text}</p></li>`;
  }
  const emergency = message.topic === 'emergency';
  return html`<li class="msg" part=${emergency ? 'message bot emergency' : 'message bot'} data-from="bot" data-topic=${message.topic ?? nothing} ?data-local=${message.local} lang=${message.locale ?? nothing}>
    <span class="sr-only">${t('assistant')} </span>
    ${callButtons(message, emergency)}
    <p class="text" id=${id ?? nothing}>${linkedText(message.text)}</p>
    ${chatCards(message.items, context)}
  </li>`;
}
