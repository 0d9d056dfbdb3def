/** `thb-search`: the visitor changed the search of a `<thb-resource-finder>`. */

/** The search after the change (`undefined`: no words, or the facet is not filtered). */
export interface ThbSearchDetail {
  readonly q: string | undefined;
  readonly type: string | undefined;
  readonly topic: string | undefined;
  readonly language: string | undefined;
  readonly country: string | undefined;
  readonly audience: string | undefined;
  /** The results page, from 1. */
  readonly page: number;
}

/**
 * Dispatched by `<thb-resource-finder>` when the words, a facet or the page change (not when the URL restores a search).
 * @example finder.addEventListener('thb-search', (event) => console.log(event.detail.q));
 */
export class ThbSearchEvent extends Event {
  /** The whole search. */
  readonly detail: ThbSearchDetail;

  constructor(detail: ThbSearchDetail) {
    super('thb-search', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'thb-search': ThbSearchEvent;
  }
}
