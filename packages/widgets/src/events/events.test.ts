import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ThbAnswerEvent, ThbExitEvent, ThbFilterChangeEvent, ThbSearchEvent, ThbSelectEvent, ThbToggleEvent, ThbUpdateEvent,
  type ThbFilterChangeDetail, type ThbSelectDetail,
} from './events.ts';

describe('thb- events', () => {
  it.each([
    ['thb-select', new ThbSelectEvent({ id: 'la-strada' })],
    ['thb-filter-change', new ThbFilterChangeEvent({ when: 'past', kind: undefined, format: 'online' })],
    ['thb-update', new ThbUpdateEvent({ added: ['a'], changed: [], removed: ['b'] })],
    ['thb-search', new ThbSearchEvent({ q: 'child', type: undefined, topic: undefined, language: 'de', country: undefined, audience: undefined, page: 2 })],
    ['thb-toggle', new ThbToggleEvent({ open: true })],
    ['thb-answer', new ThbAnswerEvent({ topic: 'emergency', confidence: 1 })],
    ['thb-exit', new ThbExitEvent({ url: 'https://www.google.com/' })],
  ] as const)('%s bubbles out of the shadow root, cannot be cancelled and carries its detail', (type, event) => {
    expect(event).toBeInstanceOf(Event);
    expect({ type: event.type, bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable })
      .toEqual({ type, bubbles: true, composed: true, cancelable: false });
    expect(event.detail).toBeTypeOf('object');
  });

  it('reaches a listener on an ancestor with its detail', () => {
    const parent = new EventTarget();
    const seen: unknown[] = [];
    parent.addEventListener('thb-select', (event) => seen.push((event as ThbSelectEvent).detail));
    parent.dispatchEvent(new ThbSelectEvent({ id: null }));
    expect(seen).toEqual([{ id: null }]);
  });

  it('types addEventListener on elements and the document through the event maps', () => {
    // Checked by tsc (the project includes tests); never called, since Node has no DOM.
    const listen = (element: HTMLElement) => {
      element.addEventListener('thb-select', (event) => expectTypeOf(event.detail).toEqualTypeOf<ThbSelectDetail>());
      document.addEventListener('thb-filter-change', (event) => expectTypeOf(event.detail).toEqualTypeOf<ThbFilterChangeDetail>());
      window.addEventListener('thb-exit', (event) => expectTypeOf(event).toEqualTypeOf<ThbExitEvent>());
    };
    expectTypeOf(listen).toBeFunction();
  });
});
