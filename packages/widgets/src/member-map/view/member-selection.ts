/**
 * Which member's details are open, kept in step with the `#member=<id>` deep link both ways,
 * reported through the view's callbacks (the element announces `thb-select`), and returning keyboard focus to where it came from on close.
 */
import { memberFromHash, writeMemberHash } from './deep-link.ts';
import type { MapHost } from './map-host.ts';

/** Something that can get focus back: a list button or a map marker. */
export type FocusTarget = Element & HTMLOrSVGElement;

/** What the selection asks of the view. */
interface SelectionCallbacks {
  /** Whether a member with this id is on the map. */
  exists(id: string): boolean;
  /** Shows the member (centre it, focus the details). */
  opened(id: string): void;
  /** The selection changed (`null`: closed), to announce it. */
  selected(id: string | null): void;
}

/** The selection of one map. */
export class MemberSelection {
  id?: string;
  #returnFocus?: FocusTarget;

  constructor(
    private readonly host: MapHost,
    private readonly callbacks: SelectionCallbacks,
  ) {}

  /** Opens a member's details; `trigger` gets focus back when they close. */
  select(id: string, trigger?: FocusTarget): void {
    if (!this.callbacks.exists(id)) return;
    this.id = id;
    this.#returnFocus = trigger;
    writeMemberHash(id);
    this.callbacks.selected(id);
    this.callbacks.opened(id);
  }

  /** Closes the details and puts focus back on what opened them (or on the map). */
  close(): void {
    this.id = undefined;
    writeMemberHash(undefined);
    this.callbacks.selected(null);
    const back = this.#returnFocus;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => (back?.isConnected ? back : this.host.renderRoot.querySelector<SVGSVGElement>('svg.surface'))?.focus());
  }

  /** Follows the page's fragment: a new `#member=<id>` selects, its removal closes. */
  readonly followHash = (): void => {
    const id = memberFromHash();
    if (id && id !== this.id) this.select(id);
    else if (!id && this.id) this.close();
  };
}
