/** Where the workspace and the built API are, from this file (tooling/api-process/src). */
import { fileURLToPath } from 'node:url';

/** The workspace root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The API's Node entry as `pnpm --filter @thb/api build` writes it. */
export const API_SERVER = fileURLToPath(new URL('../../../apps/api/dist/server.js', import.meta.url));
