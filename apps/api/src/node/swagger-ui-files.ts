/** Swagger UI's files, read from the installed swagger-ui-dist package (no CDN). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocsAssetReader } from '../routes/docs/docs.page.ts';

/**
 * A reader for `/docs` assets, or undefined when swagger-ui-dist is not installed. Resolved at
 * run time (not bundled): the bundle stays small and the files are served as published.
 * @example createApp({ store, docsAssets: swaggerUiFiles() });
 */
export function swaggerUiFiles(): DocsAssetReader | undefined {
  let folder: string;
  try {
    folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  } catch {
    return undefined;
  }
  return async (file) => {
    try {
      return new Uint8Array(await readFile(join(folder, file)));
    } catch {
      return undefined;
    }
  };
}
