/** What the lazily loaded map implementation needs from its `<thb-member-map>` element. */
import type { ReactiveControllerHost } from 'lit';

/** The element as the map view sees it: filter attributes, language, and a way to emit events. */
export interface MapHost extends ReactiveControllerHost, HTMLElement {
  country: string | undefined;
  /** The `focus` attribute (a property named `focus` would hide `HTMLElement.focus()`). */
  focusArea: string | undefined;
  scope: string | undefined;
  q: string | undefined;
  readonly locale: string;
  headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Dispatches a `thb-` event from the element. */
  notify(type: `thb-${string}`, detail: unknown): void;
}
