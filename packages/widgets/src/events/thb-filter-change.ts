/**
 * `thb-filter-change`: the visitor changed the filters of a `<thb-member-map>` or the tab and
 * filters of a `<thb-event-list>`. One event name for both (the README's public name); the
 * detail says which element's filters it carries.
 */
import type { EventFormat, EventKind } from '@thb/schema/enums';

/** The filters of a `<thb-member-map>` after the change (`undefined`: not filtered). */
export interface MemberMapFilterDetail {
  readonly country: string | undefined;
  /** The focus-area filter (attribute `focus-area`). */
  readonly focusArea: string | undefined;
  readonly scope: string | undefined;
  readonly q: string | undefined;
}

/** The tab and filters of a `<thb-event-list>` after the change. */
export interface EventListFilterDetail {
  readonly when: 'upcoming' | 'past';
  readonly kind: EventKind | undefined;
  readonly format: EventFormat | undefined;
}

/** What a `thb-filter-change` can carry: a listener on `document` hears both elements. */
export type ThbFilterChangeDetail = MemberMapFilterDetail | EventListFilterDetail;

/**
 * Dispatched when the visitor changes filters; `Detail` narrows it to one element's filters.
 * @example list.addEventListener('thb-filter-change', (event) => console.log(event.detail));
 */
export class ThbFilterChangeEvent<Detail extends ThbFilterChangeDetail = ThbFilterChangeDetail> extends Event {
  /** All of the element's filters after the change. */
  readonly detail: Detail;

  constructor(detail: Detail) {
    super('thb-filter-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thb-filter-change': ThbFilterChangeEvent;
  }
}
