/**
 * Sizes of the built widget bundles, grouped the way a page pays for them: the shared chunk
 * every element needs, and what each element adds on top (for the member map including the
 * chunks it loads on demand). Read from Vite's manifest, so it follows however the build
 * splits chunks. The UI strings of each language are chunks of their own, loaded only by a
 * page in that language: they are counted apart, as the largest one language costs an element.
 * Used by the size-budget test and by bench/run.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The chat's own chunk of the emergency phrase table (Vite names a chunk after its module). */
const EMERGENCY_TABLE = 'thb-chat: emergency table';
const EMERGENCY_CHUNK = 'local-emergency';

/** Budgets in bytes of brotli (1 KB = 1024 bytes). */
export const BUDGETS: Readonly<Record<string, number>> = {
  // Bidi isolation of every displayed value and the shared Intl/template helpers of @thb/text
  // took the shared part past 16 KB (December 2026). Loading each language on demand (the
  // loaders and the preload helper) added 0.9 KB to it, while every element shed its German and
  // French strings: the first load of all elements fell from 36.3 to 34.5 KB.
  shared: 18 * 1024,
  'thb-resource-finder': 8 * 1024,
  'thb-event-list': 8 * 1024,
  'thb-member-map': 40 * 1024,
  // The chat carries the quick exit (2 KB) and the emergency phrase table, so that the 112
  // answer never waits for the network.
  'thb-chat': 12 * 1024,
  'thb-quick-exit': 2.5 * 1024,
  // Emergency rules and answers of all 24 EU languages, fetched as soon as a chat is on the page
  // (see chat.ts); counted apart so that its growth is a decision, not an accident. Recall on
  // messages nobody tuned on rose from 55 % to 77 % as the table grew from 20 to 40 KB, and to
  // 83 % at about 70 KB (a third round of fresh batches per language, December 2026).
  [EMERGENCY_TABLE]: 80 * 1024,
};

/** A language's strings module: `chat/strings/pl.ts`, `internal/common-strings/pl.ts`. */
const LANGUAGE_MODULE = /(?:^|\/)[a-z-]*strings\/([a-z]{2})\.ts$/;
/** What an element's strings in one language may add, for every element (brotli). */
const LANGUAGE_BUDGET = 3 * 1024;

/** The elements that show the platform's data; the chunks they all need are the shared part. */
const CONTENT_ELEMENTS = ['thb-member-map', 'thb-resource-finder', 'thb-event-list', 'thb-chat'];
/** Every element, measured as what it adds to the shared part (the quick exit needs less than all of it). */
const ELEMENTS = [...CONTENT_ELEMENTS, 'thb-quick-exit'];

/** Bytes of one file or group: as built (minified), gzip level 9, brotli quality 11. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** One group of files and its budget, if it has one. */
export interface BundleGroup extends Sizes {
  name: string;
  files: string[];
  budget?: number | undefined;
}

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * Sizes of one file.
 * @example fileSizes('dist/thb-widgets.js').brotli
 */
export function fileSizes(path: string): Sizes {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Groups the files of `distDir` into the shared part and each element's own part.
 * @example bundleSizes('packages/widgets/dist').find((g) => g.name === 'shared')!.brotli
 */
export function bundleSizes(distDir: string): BundleGroup[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = (name: string) => Object.keys(manifest).find((key) => manifest[key]!.isEntry && manifest[key]!.name === name)!;
  const closure = (key: string, dynamic: boolean, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    const chunk = manifest[key]!;
    for (const next of [...(chunk.imports ?? []), ...(dynamic ? chunk.dynamicImports ?? [] : [])]) closure(next, dynamic, seen);
    return seen;
  };
  const statics = CONTENT_ELEMENTS.map((name) => closure(entryKey(name), false));
  const shared = [...statics[0]!].filter((key) => statics.every((set) => set.has(key)) && !manifest[key]!.isEntry);
  const group = (name: string, keys: string[]): BundleGroup => {
    const files = keys.map((key) => manifest[key]!.file).sort();
    const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of files) {
      const sizes = fileSizes(join(distDir, file));
      total.raw += sizes.raw;
      total.gzip += sizes.gzip;
      total.brotli += sizes.brotli;
    }
    return { name, files, ...total, budget: BUDGETS[name] };
  };
  const groups = [group('shared', shared)];
  const table = Object.keys(manifest).filter((key) => manifest[key]!.name === EMERGENCY_CHUNK);
  const languageOf = (key: string) => LANGUAGE_MODULE.exec(manifest[key]!.src ?? '')?.[1];
  for (const name of ELEMENTS) {
    const all = [...closure(entryKey(name), true)];
    groups.push(group(name, all.filter((key) => !shared.includes(key) && !table.includes(key) && !languageOf(key))));
    const languages = new Map<string, string[]>();
    for (const key of all) {
      const lang = languageOf(key);
      if (lang) languages.set(lang, [...(languages.get(lang) ?? []), key]);
    }
    const perLanguage = [...languages].map(([lang, keys]) => group(`${name}: strings of one language (largest: ${lang})`, keys));
    const largest = perLanguage.sort((x, y) => y.brotli - x.brotli)[0];
    if (largest) groups.push({ ...largest, budget: LANGUAGE_BUDGET });
  }
  groups.push(group(EMERGENCY_TABLE, table));
  groups.push(group('thb-widgets.js, first load (all elements)', [...closure(entryKey('thb-widgets'), false)]));
  return groups;
}
