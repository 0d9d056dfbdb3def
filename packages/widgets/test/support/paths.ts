/** Where things are, and how Chromium is started, for the browser tests and the bench. */
import { fileURLToPath } from 'node:url';

/** packages/widgets */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The built bundles the API serves at /widgets/. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Debian's Chromium; nothing downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, sandbox-less (containers) and quiet: no network of its own. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
