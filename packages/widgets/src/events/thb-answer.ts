/** `thb-answer`: the `<thb-chat>` bot answered. */
import type { ChatResponse } from '@thb/schema';

/** What was answered, never what the visitor wrote: a page may count topics without learning anyone's words. */
export interface ThbAnswerDetail {
  readonly topic: ChatResponse['topic'];
  /** How sure the answer engine was, 0–1. */
  readonly confidence: number;
}

/**
 * Dispatched by `<thb-chat>` when an answer arrives.
 * @example chat.addEventListener('thb-answer', (event) => console.log(event.detail.topic));
 */
export class ThbAnswerEvent extends Event {
  /** The answer's topic and confidence. */
  readonly detail: ThbAnswerDetail;

  constructor(detail: ThbAnswerDetail) {
    super('thb-answer', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thb-answer': ThbAnswerEvent;
  }
}
