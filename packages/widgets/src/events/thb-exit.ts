/** `thb-exit`: a `<thb-chat>` visitor is leaving quickly. */

/** Where the page is about to go. */
export interface ThbExitDetail {
  readonly url: string;
}

/**
 * Dispatched by `<thb-chat>` just before `location.replace` swaps the page for the exit URL; a listener must not delay it.
 * @example document.addEventListener('thb-exit', () => sessionStorage.clear());
 */
export class ThbExitEvent extends Event {
  /** The exit URL. */
  readonly detail: ThbExitDetail;

  constructor(detail: ThbExitDetail) {
    super('thb-exit', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thb-exit': ThbExitEvent;
  }
}
