/** One message in the conversation: the visitor's as they wrote it, the bot's with links and cards. */
import { html, nothing, type TemplateResult } from 'lit';
import { plainText } from '../internal/display-text.ts';
import { telHref } from '../internal/safe-href.ts';
import { chatCards, type CardContext } from './chat-cards.ts';
import type { ChatAction } from '@thb/schema';
import type { ChatMessage } from './conversation.ts';
import { linkify } from './linkify.ts';

/**
 * Text with its addresses and phone numbers as links; every part a plain Lit binding, without
 * direction controls (an answer quotes names from the data).
 */
function linkedText(text: string): unknown[] {
  return linkify(plainText(text)).map((part) => (part.href ? html`<a part="link" href=${part.href}>${part.text}</a>` : part.text));
}

/** A call button: the big one for 112 on the emergency answer, a plain link otherwise. */
function callButton(call: ChatAction, big: boolean): unknown {
  const href = telHref(call.number);
  return href ? html`<a class=${big ? 'sos' : 'call'} part=${big ? 'emergency-call' : 'link'} href=${href}>${call.label}</a>` : nothing;
}

/**
 * The answer's call buttons: on the emergency answer the first (112) comes big, before the text,
 * and the other numbers (116 006, 116 000) after the text, so its first line stays in view.
 */
function callButtons(message: ChatMessage, emergency: boolean): { first: unknown[]; rest: unknown[] } {
  const calls = message.actions?.filter((action) => action.kind === 'call') ?? [];
  // An emergency answer kept from before answers carried their buttons still gets 112 first.
  if (emergency && calls.length === 0) calls.push({ kind: 'call', number: '112', label: '112' });
  if (!emergency) return { first: [], rest: calls.map((call) => callButton(call, false)) };
  return { first: calls.slice(0, 1).map((call) => callButton(call, true)), rest: calls.slice(1).map((call) => callButton(call, false)) };
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
  const calls = callButtons(message, emergency);
  return html`<li class="msg" part=${emergency ? 'message bot emergency' : 'message bot'} data-from="bot" data-topic=${message.topic ?? nothing} ?data-local=${message.local} lang=${message.locale ?? nothing}>
    <span class="sr-only">${t('assistant')} </span>
    ${calls.first}
    <p class="text" id=${id ?? nothing}>${linkedText(message.text)}</p>
    ${calls.rest.length ? html`<p class="calls">${calls.rest}</p>` : nothing}
    ${chatCards(message.items, context)}
  </li>`;
}
