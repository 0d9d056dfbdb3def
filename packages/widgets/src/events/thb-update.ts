/** `thb-update`: a poll of `<thb-member-map>` brought new, changed or removed members. */

/** Ids of the members that a poll added, changed (a newer `updatedAt`) or removed. */
export interface ThbUpdateDetail {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Dispatched by `<thb-member-map>` when live updates change its members (never on the first load).
 * @example map.addEventListener('thb-update', (event) => console.log(event.detail.added));
 */
export class ThbUpdateEvent extends Event {
  /** What changed, by member id. */
  readonly detail: ThbUpdateDetail;

  constructor(detail: ThbUpdateDetail) {
    super('thb-update', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thb-update': ThbUpdateEvent;
  }
}
