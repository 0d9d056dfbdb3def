/**
 * How the lazily loaded view and its `<thb-member-map>` talk. The view renders and keeps the
 * interactive state; the element owns its attributes and its events. The view never writes
 * the element's properties: it reads the filters and reports what the visitor did through
 * `MapCallbacks`, so the element's public surface stays in `member-map.ts`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MemberChanges, MemberFilters } from './member-filters.ts';

/** The element as the view sees it: a Lit host to render into, its language and outline level. */
export interface MapHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: string;
  readonly headingLevel: number;
}

/** What the view asks of the element and tells it. */
export interface MapCallbacks {
  /** The filters the element's attributes hold now. */
  filters(): MemberFilters;
  /** The visitor changed filters (`next` is all of them): the element takes them and announces `thb-filter-change`. */
  filtersChanged(next: MemberFilters): void;
  /** A member was selected (`null`: the details closed): the element announces `thb-select`. */
  selected(id: string | null): void;
  /** A poll brought new, changed or removed members: the element announces `thb-update`. */
  membersChanged(changes: MemberChanges): void;
}
