/** `thb-select`: `<thb-member-map>` opened a member's details, or closed them. */

/** Which member is selected: its id, or `null` when the details closed. */
export interface ThbSelectDetail {
  readonly id: string | null;
}

/**
 * Dispatched by `<thb-member-map>` when a member is selected (list, marker or `#member=` link) or the details close.
 * @example map.addEventListener('thb-select', (event) => console.log(event.detail.id));
 */
export class ThbSelectEvent extends Event {
  /** The selected member's id, or `null`. */
  readonly detail: ThbSelectDetail;

  constructor(detail: ThbSelectDetail) {
    super('thb-select', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thb-select': ThbSelectEvent;
  }
}
