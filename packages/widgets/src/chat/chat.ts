/** `<thb-chat>`: the platform's chatbot as a launcher button and a chat panel on any page. */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ThbAnswerEvent, ThbExitEvent, ThbToggleEvent } from '../events/events.ts';
import { ThbElement } from '../internal/thb-element.ts';
import { chatMessage } from './chat-message.ts';
import { askChat, ChatFailure, MESSAGE_MAX_LENGTH } from './chat-request.ts';
import { chatStyles } from './chat.styles.ts';
import { chatStrings, WELCOME_TOPICS, type ChatKey } from './chat.strings.ts';
import { forgetConversation, loadConversation, saveConversation, type Conversation } from './conversation.ts';
import { exitUrl, watchDoubleEscape } from './quick-exit.ts';

/**
 * A chat with the platform's bot (`POST /v1/chat`, no third party involved): answers from the
 * knowledge base and live data, with suggestion chips, links, phone numbers as `tel:` links
 * and cards for members, events and resources. A "leave this page quickly" button, and Escape
 * pressed twice anywhere on the page, replace the page with a neutral site. The conversation is
 * kept in this tab only (sessionStorage) and forgotten when the tab closes or the visitor leaves.
 *
 * @summary Chatbot launcher and panel, with a quick exit for visitors who may be in danger.
 * @attr open - Whether the panel is open; set it to start open (focus stays where it is).
 * @attr exit-url - Where "leave this page quickly" goes: an http(s) URL. Default: `https://www.google.com/`.
 * @fires thb-toggle - The panel opened or closed; `detail` is `{ open }`.
 * @fires thb-answer - The bot answered; `detail` is `{ topic, confidence }` (never what the visitor wrote).
 * @fires thb-exit - The visitor is leaving quickly, just before the page is replaced; `detail` is `{ url }`.
 * @csspart base - The element's frame.
 * @csspart launcher - The button that opens and closes the panel.
 * @csspart panel - The chat panel (full-screen on small screens).
 * @csspart header - The panel's title bar.
 * @csspart exit - The "leave this page quickly" button.
 * @csspart log - The list of messages (a live region).
 * @csspart message - One message; also `visitor`, `bot` and `emergency`.
 * @csspart emergency-call - The big "Call 112" link of the emergency answer.
 * @csspart card - A member, event or resource behind an answer.
 * @csspart link - Links in answers and cards.
 * @csspart typing - The typing indicator.
 * @csspart error - The "please wait" or "try again" message.
 * @csspart suggestions - The suggestion chips.
 * @csspart input - The message field.
 * @csspart button - Buttons.
 */
export class ThbChat extends ThbElement<ChatKey> {
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    exitUrl: { attribute: 'exit-url' },
  };
  static override styles = [...ThbElement.styles, chatStyles];

  declare open: boolean;
  declare exitUrl: string | undefined;

  #conversation: Conversation = { messages: [], suggestions: [] };
  #busy = false;
  #failure?: ChatFailure;
  /** The message that failed, sent again by "Try again". */
  #unanswered?: string;
  #focusAfterUpdate?: 'input' | 'launcher';
  /** Messages on screen at the last update, to scroll only when one is added. */
  #shown = -1;
  #stopWatchingEscape?: () => void;

  constructor() {
    super(chatStrings);
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#conversation = loadConversation() ?? this.#conversation;
    this.#stopWatchingEscape = watchDoubleEscape(() => this.leave());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingEscape?.();
  }

  /** Forgets the conversation and replaces the page with the neutral exit page. */
  leave(): void {
    const url = exitUrl(this.exitUrl);
    forgetConversation();
    this.#conversation = { messages: [], suggestions: [] };
    this.open = false;
    this.dispatchEvent(new ThbExitEvent({ url }));
    location.replace(url);
  }

  #toggle(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.#focusAfterUpdate = open ? 'input' : 'launcher';
    this.dispatchEvent(new ThbToggleEvent({ open }));
  }

  async #send(text: string): Promise<void> {
    text = text.trim().slice(0, MESSAGE_MAX_LENGTH);
    if (!text || this.#busy) return;
    if (this.#unanswered !== text) this.#save({ ...this.#conversation, messages: [...this.#conversation.messages, { from: 'visitor', text }] });
    this.#busy = true;
    this.#failure = undefined;
    this.#unanswered = text;
    this.requestUpdate();
    try {
      const reply = await askChat(this.client, text, this.locale);
      const message = { from: 'bot' as const, text: reply.text, topic: reply.topic, locale: reply.locale, ...(reply.items ? { items: reply.items } : {}) };
      this.#save({ messages: [...this.#conversation.messages, message], suggestions: reply.suggestions });
      this.#unanswered = undefined;
      this.dispatchEvent(new ThbAnswerEvent({ topic: reply.topic, confidence: reply.confidence }));
    } catch (error) {
      this.#failure = error instanceof ChatFailure ? error : new ChatFailure('failed');
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  #save(conversation: Conversation): void {
    this.#conversation = saveConversation(conversation);
    this.requestUpdate();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector('input')!;
    if (this.#busy || !input.value.trim()) return;
    void this.#send(input.value);
    input.value = '';
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) this.#toggle(false);
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const { t } = strings;
    const context = { strings, client: this.client };
    const { messages, suggestions } = this.#conversation;
    const chips = messages.length ? suggestions : WELCOME_TOPICS.map((topic) => ({ topic, label: t(`chip.${topic}` as ChatKey) }));
    return html`<div class="root" part="base" lang=${strings.lang} @keydown=${this.#onKeydown}>
      <section id="panel" class="panel" part="panel" role="dialog" aria-labelledby="title" aria-describedby="welcome" ?hidden=${!this.open}>
        <div class="head" part="header">
          <div id="title" class="title" role="heading" aria-level=${this.headingLevel}>${t('title')}</div>
          <button type="button" class="close" part="button close" aria-label=${t('close')} @click=${() => this.#toggle(false)}>×</button>
        </div>
        <div class="exit-bar">
          <button type="button" class="exit" part="exit" aria-describedby="exit-hint" @click=${() => this.leave()}>${t('exit')}</button>
          <span id="exit-hint" class="muted">${t('exitHint')}</span>
        </div>
        <div class="log" part="log" role="log" aria-label=${t('conversation')}><ol class="messages">
          ${chatMessage({ from: 'bot', text: t('welcome') }, context, 'welcome')}
          ${messages.map((message) => chatMessage(message, context))}
        </ol></div>
        ${this.#busy ? html`<div class="typing" part="typing" role="status"><span class="dot"></span><span class="dot"></span><span class="dot"></span><span class="sr-only">${t('typing')}</span></div>` : nothing}
        ${this.#failure ? this.#failureView(this.#failure) : nothing}
        ${chips.length ? html`<div class="chips" part="suggestions" role="group" aria-label=${t('suggestions')}>
          ${chips.map((chip) => html`<button type="button" part="button" data-topic=${chip.topic} @click=${() => this.#pick(chip.label)}>${chip.label}</button>`)}
        </div>` : nothing}
        <form part="form" @submit=${this.#onSubmit}>
          <input id="message" part="input" aria-label=${t('message')} placeholder=${t('message')} maxlength=${MESSAGE_MAX_LENGTH} autocomplete="off" enterkeyhint="send">
          <button class="primary" part="button">${t('send')}</button>
        </form>
        <p class="muted privacy">${t('privacy')}</p>
      </section>
      <button type="button" class="launcher" part="launcher" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${() => this.#toggle(!this.open)}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>${t('launcher')}
      </button>
    </div>`;
  }

  #failureView(failure: ChatFailure): TemplateResult {
    const { t, plural } = this.strings;
    const text = failure.kind !== 'wait' ? t(failure.kind) : failure.seconds ? plural('wait', failure.seconds) : t('waitMoment');
    return html`<div class="failure" part="error" role="alert">
      <span>${text}</span>
      <button type="button" part="button" @click=${() => this.#unanswered && this.#pick(this.#unanswered)}>${t('retry')}</button>
    </div>`;
  }

  /** A chip or "Try again" sends a text; focus goes to the message field, as the button itself is replaced. */
  #pick(label: string): void {
    this.#focusAfterUpdate = 'input';
    void this.#send(label);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const log = this.renderRoot.querySelector<HTMLElement>('.log')!;
    const list = log.firstElementChild!;
    // Show the start of the newest message (answers can be longer than the panel) when one is
    // added or the panel opens, not on every update, so reading further up is not interrupted.
    const shown = this.open ? list.childElementCount : -1;
    if (shown !== this.#shown && shown > 0) log.scrollTop = (list.lastElementChild as HTMLElement).offsetTop - 8;
    this.#shown = shown;
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target === 'input' ? 'input' : '.launcher')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-chat': ThbChat;
  }
}
