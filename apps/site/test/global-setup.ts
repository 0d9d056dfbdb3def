/**
 * The site tests' own prerequisite, made explicit: Debian's Chromium. The site, the widget
 * bundles it copies and the API that serves it are built before this runs (`built` in
 * vitest.config.ts, docs/decisions/0006).
 */
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The site tests run in Debian's Chromium, expected at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
}
