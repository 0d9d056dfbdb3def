/** `<thb-chat>`: the platform's chatbot as a launcher button and a chat panel on any page. */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ThbAnswerEvent, ThbToggleEvent } from '../events/events.ts';
import { CHAT_MAX_LENGTH } from '@thb/schema/chat-limits';
import { ThbElement } from '../internal/thb-element.ts';
// Types only: the module itself is imported dynamically below, as a chunk of its own.
import type * as LocalEmergency from './local-emergency.ts';
import { addPageQuickExit } from '../quick-exit/page-quick-exit.ts';
import { exitUrl, leavePage } from '../quick-exit/leave-page.ts';
import { chatMessage } from './chat-message.ts';
import { askChat, ChatFailure } from './chat-request.ts';
import { chatStyles, COMPACT_MEDIA } from './chat.styles.ts';
import { chatStrings, WELCOME_TOPICS, type ChatKey } from './chat.strings.ts';
import { forgetConversation, loadConversation, saveConversation, type ChatMessage, type Conversation } from './conversation.ts';

/**
 * The emergency phrase table of 24 languages is its own chunk, fetched as soon as a chat is on
 * the page rather than on send: it is then here when the API host goes down or rate-limits, and
 * pages that show a chat do not make every other element pay for it. One fetch per page.
 */
let emergencyTable: Promise<typeof LocalEmergency> | undefined;

function loadEmergencyTable(): Promise<typeof LocalEmergency> {
  emergencyTable ??= import('./local-emergency.ts').catch((error: unknown) => {
    emergencyTable = undefined;
    throw error;
  });
  return emergencyTable;
}

/** The local 112 answer for a message, or `undefined` (also when the table could not load). */
async function localEmergencyAnswer(text: string, uiLanguage: string): Promise<ChatMessage | undefined> {
  try {
    return (await loadEmergencyTable()).localEmergency(text, uiLanguage);
  } catch {
    return undefined;
  }
}

/**
 * A chat with the platform's bot (`POST /v1/chat`, no third party involved): answers from the
 * knowledge base and live data, with suggestion chips, links, phone numbers as `tel:` links
 * and cards for members, events and resources. A message that reads as an emergency gets the
 * 112 answer at once, from the chat itself, in the language it was written in, before and
 * whatever the API answers (even when it is unreachable or rate-limits). The page gets a
 * `<thb-quick-exit>` unless it has one; on phones, on short screens and at high zoom the panel
 * fills the screen as a modal dialog with its own quick exit first. The conversation is kept in
 * this tab only (sessionStorage) and forgotten when the tab closes or the visitor leaves.
 *
 * @summary Chatbot launcher and panel, with the 112 answer offline and a quick exit for visitors who may be in danger.
 * @attr open - Whether the panel is open; set it to start open (focus stays where it is).
 * @attr exit-url - Where the quick exit goes: an absolute http(s) URL. Default: `https://www.google.com/`.
 * @fires thb-toggle - The panel opened or closed; `detail` is `{ open }`.
 * @fires thb-answer - The bot answered; `detail` is `{ topic, confidence }` (never what the visitor wrote).
 * @fires {ThbExitEvent} thb-exit - The visitor is leaving quickly, just before the page is replaced; `detail` is `{ url }`.
 * @csspart base - The element's frame.
 * @csspart launcher - The button that opens and closes the panel.
 * @csspart panel - The chat panel (full-screen on small screens).
 * @csspart header - The panel's title bar.
 * @csspart exit - The panel's `<thb-quick-exit>`, shown when the panel fills the screen.
 * @csspart log - The scrolling part: messages (a live region), suggestions and the privacy note.
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
  #compact?: MediaQueryList;
  /** The page's quick exit, when this chat added it. */
  #pageExit?: HTMLElement;
  #stop?: AbortController;

  constructor() {
    super(chatStrings);
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#conversation = loadConversation() ?? this.#conversation;
    void loadEmergencyTable().catch(() => undefined);
    this.#pageExit = addPageQuickExit(this.exitUrl, this.lang || undefined);
    const stop = (this.#stop = new AbortController());
    this.#compact = matchMedia(COMPACT_MEDIA);
    this.#compact.addEventListener('change', () => this.requestUpdate(), { signal: stop.signal });
    // With a phone's keyboard open only the visual viewport shows: the full-screen panel fits
    // itself to that, so the message field and the newest answer are not under the keyboard.
    const viewport = window.visualViewport;
    const fit = () => {
      if (!viewport) return;
      this.style.setProperty('--_vv-height', `${viewport.height}px`);
      this.style.setProperty('--_vv-top', `${viewport.offsetTop}px`);
    };
    fit();
    viewport?.addEventListener('resize', fit, { signal: stop.signal });
    viewport?.addEventListener('scroll', fit, { signal: stop.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.abort();
    this.#pageExit?.remove();
    this.#pageExit = undefined;
  }

  /** Whether the open panel fills the screen, and so is a modal dialog. */
  get #modal(): boolean {
    return this.open && !!this.#compact?.matches;
  }

  /** Forgets the conversation and replaces the page with the neutral exit page. */
  leave(): void {
    forgetConversation();
    this.#conversation = { messages: [], suggestions: [] };
    leavePage(exitUrl(this.exitUrl), this);
  }

  #toggle(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.#focusAfterUpdate = open ? 'input' : 'launcher';
    this.dispatchEvent(new ThbToggleEvent({ open }));
  }

  async #send(text: string): Promise<void> {
    text = text.trim().slice(0, CHAT_MAX_LENGTH);
    if (!text || this.#busy) return;
    const again = this.#unanswered === text;
    // The 112 answer needs no server: it is on screen before the request leaves.
    const local = again ? undefined : await localEmergencyAnswer(text, this.strings.lang);
    const added: ChatMessage[] = again ? [] : [{ from: 'visitor', text }, ...(local ? [local] : [])];
    this.#save({ ...this.#conversation, messages: [...this.#conversation.messages, ...added] });
    this.#busy = true;
    this.#failure = undefined;
    this.#unanswered = text;
    this.requestUpdate();
    try {
      const reply = await askChat(this.client, text, this.locale);
      const message: ChatMessage = {
        from: 'bot', text: reply.text, topic: reply.topic, locale: reply.locale,
        ...(reply.items ? { items: reply.items } : {}), ...(reply.actions ? { actions: reply.actions } : {}),
      };
      // The server's emergency answer takes the local one's place (one 112 button, the server's
      // label); any other answer comes after it, so the 112 answer stays first.
      const messages = this.#conversation.messages;
      const replaced = local && reply.topic === 'emergency' && messages.includes(local);
      this.#save({ messages: replaced ? messages.map((m) => (m === local ? message : m)) : [...messages, message], suggestions: reply.suggestions });
      this.#unanswered = undefined;
      this.dispatchEvent(new ThbAnswerEvent({ topic: reply.topic, confidence: reply.confidence }));
    } catch (error) {
      // After the local 112 answer, no "please wait" or "offline": that answer is complete.
      if (local) this.#unanswered = undefined;
      else this.#failure = error instanceof ChatFailure ? error : new ChatFailure('failed');
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
    if (event.key === 'Tab' && this.#modal) this.#keepFocusInside(event);
  }

  /** Tab from the send button goes round to the quick exit, Shift+Tab from the exit to the send button. */
  #keepFocusInside(event: KeyboardEvent): void {
    const first = this.renderRoot.querySelector<HTMLElement>('.head .exit')!;
    const last = this.renderRoot.querySelector<HTMLElement>('form button')!;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (active !== (event.shiftKey ? first : last)) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const { t } = strings;
    const context = { strings, client: this.client };
    const { messages, suggestions } = this.#conversation;
    const chips = messages.length ? suggestions : WELCOME_TOPICS.map((topic) => ({ topic, label: t(`chip.${topic}` as ChatKey) }));
    return html`<div class="root" part="base" lang=${strings.lang} @keydown=${this.#onKeydown}>
      <section id="panel" class="panel" part="panel" role="dialog" aria-modal=${this.#modal ? 'true' : nothing} aria-labelledby="title" aria-describedby="welcome" ?hidden=${!this.open}>
        <div class="head" part="header">
          <thb-quick-exit inline class="exit" part="exit" exit-url=${this.exitUrl ?? nothing} lang=${this.locale}></thb-quick-exit>
          <div id="title" class="title" role="heading" aria-level=${this.headingLevel}>${t('title')}</div>
          <button type="button" class="close" part="button close" aria-label=${t('close')} @click=${() => this.#toggle(false)}>×</button>
        </div>
        <div class="log" part="log">
          <div role="log" aria-label=${t('conversation')}><ol class="messages">
            ${chatMessage({ from: 'bot', text: t('welcome') }, context, 'welcome')}
            ${messages.map((message) => chatMessage(message, context))}
          </ol></div>
          ${this.#busy ? html`<div class="typing" part="typing" role="status"><span class="dot"></span><span class="dot"></span><span class="dot"></span><span class="sr-only">${t('typing')}</span></div>` : nothing}
          ${this.#failure ? this.#failureView(this.#failure) : nothing}
          ${chips.length ? html`<div class="chips" part="suggestions" role="group" aria-label=${t('suggestions')}>
            ${chips.map((chip) => html`<button type="button" part="button" data-topic=${chip.topic} @click=${() => this.#pick(chip.label)}>${chip.label}</button>`)}
          </div>` : nothing}
          <p class="muted privacy">${t('privacy')}</p>
        </div>
        <form part="form" @submit=${this.#onSubmit}>
          <input id="message" part="input" aria-label=${t('message')} placeholder=${t('message')} maxlength=${CHAT_MAX_LENGTH} autocomplete="off" enterkeyhint="send">
          <button class="primary" part="button">${t('send')}</button>
        </form>
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
    if (changed.has('exitUrl') && this.#pageExit) this.#pageExit.setAttribute('exit-url', this.exitUrl ?? '');
    this.#scrollToAnswer();
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target === 'input' ? 'input' : '.launcher')?.focus();
  }

  /**
   * Shows the start of the first answer to the newest message (answers can be longer than the
   * panel; the 112 answer stays in view when another answer follows it), when a message is
   * added or the panel opens: not on every update, so reading further up is not interrupted.
   */
  #scrollToAnswer(): void {
    const log = this.renderRoot.querySelector<HTMLElement>('.log')!;
    const items = [...log.querySelector('.messages')!.children] as HTMLElement[];
    const shown = this.open ? items.length : -1;
    if (shown !== this.#shown && shown > 0) {
      let target = items.length - 1;
      while (target > 0 && items[target - 1]!.dataset.from === 'bot') target--;
      log.scrollTop = items[target]!.offsetTop - 8;
    }
    this.#shown = shown;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-chat': ThbChat;
  }
}
