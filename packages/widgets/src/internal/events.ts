/** Events the elements dispatch: prefixed `thb-`, bubbling and composed so a page can listen on `document`. */

/**
 * Dispatches a `thb-` event from `target`.
 * @example emit(this, 'thb-select', { id: 'la-strada' })
 */
export function emit<T>(target: EventTarget, type: `thb-${string}`, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
