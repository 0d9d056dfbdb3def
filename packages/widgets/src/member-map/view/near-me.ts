/**
 * "Near me": the browser's geolocation, asked only when the visitor presses the button. The
 * position stays in the page (it sorts the list and places a dot); nothing is sent anywhere.
 */

/**
 * The visitor's [lon, lat], or a rejection when they decline or it is unavailable.
 * @example const [lon, lat] = await locateVisitor();
 */
export function locateVisitor(): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('no geolocation'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve([coords.longitude, coords.latitude]),
      reject,
      { timeout: 15_000, maximumAge: 600_000 },
    );
  });
}

/** The state of "near me": not asked, asking, failed, or a position. */
export type NearMeState = 'idle' | 'locating' | 'error' | 'located';

/** The "near me" toggle: asks for the position on the first press, forgets it on the next. */
export class NearMe {
  state: NearMeState = 'idle';
  origin?: [number, number];

  /** @param changed - Called on every change of state; `located` when a new position arrived. */
  constructor(private readonly changed: (located: boolean) => void) {}

  async toggle(): Promise<void> {
    if (this.state === 'located') {
      this.origin = undefined;
      this.state = 'idle';
      return this.changed(false);
    }
    this.state = 'locating';
    this.changed(false);
    try {
      this.origin = await locateVisitor();
      this.state = 'located';
    } catch {
      this.state = 'error';
    }
    this.changed(this.state === 'located');
  }
}
