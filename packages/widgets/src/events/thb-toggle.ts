/** `thb-toggle`: the `<thb-chat>` panel opened or closed. */

/** Whether the panel is open now. */
export interface ThbToggleDetail {
  readonly open: boolean;
}

/**
 * Dispatched by `<thb-chat>` when its panel opens or closes.
 * @example chat.addEventListener('thb-toggle', (event) => console.log(event.detail.open));
 */
export class ThbToggleEvent extends Event {
  /** The panel's new state. */
  readonly detail: ThbToggleDetail;

  constructor(detail: ThbToggleDetail) {
    super('thb-toggle', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thb-toggle': ThbToggleEvent;
  }
}
