/**
 * The widgets' shared part (the chunks every content element imports), to print beside the
 * portal: the same grouping as packages/widgets/test/support/bundle-sizes.ts, read from the
 * built widgets' Vite manifest.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const CONTENT_ELEMENTS = ['thb-member-map', 'thb-resource-finder', 'thb-event-list', 'thb-chat'];

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
}

/** Brotli bytes (q11) of the widgets' shared part, and its files. */
export function widgetsSharedBrotli(): { brotli: number; files: string[] } {
  const manifestPath = createRequire(import.meta.url).resolve('@thb/widgets/dist/.vite/manifest.json');
  const distDir = dirname(dirname(manifestPath));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of manifest[key]!.imports ?? []) closure(next, seen);
    return seen;
  };
  const statics = CONTENT_ELEMENTS.map((name) => closure(Object.keys(manifest).find((key) => manifest[key]!.isEntry && manifest[key]!.name === name)!));
  const files = [...statics[0]!].filter((key) => statics.every((set) => set.has(key)) && !manifest[key]!.isEntry).map((key) => manifest[key]!.file).sort();
  const brotli = files.reduce((sum, file) => sum + brotliCompressSync(readFileSync(join(distDir, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  return { brotli, files };
}
