/**
 * Sizes of the built portal (`dist/`), read from Vite's manifest so they follow however the
 * build splits chunks: every file, the entry chunk with what it imports statically (what the
 * first visit of any screen pays) apart from the screens' lazy chunks. Used by the size-budget
 * test and by bench/portal-bench.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** apps/portal/dist */
const PORTAL_DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Budget of the entry chunk and its static imports, in bytes of brotli. About 20 KB in
 * December 2026 (Lit, the widgets' base class and theme, the router, the shell and its three
 * catalogues); the screens load apart, so the entry grows only with the shell.
 */
export const ENTRY_BUDGET = 32 * 1024;

/** Bytes as built (minified), gzip level 9, brotli quality 11. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** One file of `dist/`, and which part of the portal it belongs to. */
export interface PortalFile extends Sizes {
  file: string;
  part: 'entry' | 'lazy' | 'other';
}

/** The files of one part, added up. */
export interface PortalGroup extends Sizes {
  name: string;
  files: string[];
}

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Sizes of one file. */
function fileSizes(path: string): Sizes {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sum(name: string, files: PortalFile[]): PortalGroup {
  return files.reduce<PortalGroup>(
    (total, f) => ({ ...total, files: [...total.files, f.file], raw: total.raw + f.raw, gzip: total.gzip + f.gzip, brotli: total.brotli + f.brotli }),
    { name, files: [], raw: 0, gzip: 0, brotli: 0 },
  );
}

/** Every file below a folder except source maps and the `.vite/` folder, relative to it. */
function servedFiles(distDir: string, dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return servedFiles(distDir, path);
    return entry.name.endsWith('.map') ? [] : [relative(distDir, path)];
  }).sort();
}

/**
 * The portal's files and groups: `entry` (the entry chunk and its static imports, JavaScript
 * only), one group per lazy screen chunk (what it adds to the entry), and every file.
 * @example portalSizes().entry.brotli <= ENTRY_BUDGET
 */
export function portalSizes(distDir = PORTAL_DIST_DIR): { files: PortalFile[]; entry: PortalGroup; screens: PortalGroup[] } {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of manifest[key]!.imports ?? []) closure(next, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const entryFiles = new Set([...closure(entryKey)].map((key) => manifest[key]!.file));
  const lazyKeys = Object.keys(manifest).filter((key) => manifest[key]!.isDynamicEntry);
  const lazyFiles = new Set(lazyKeys.flatMap((key) => [...closure(key)].map((k) => manifest[k]!.file)).filter((file) => !entryFiles.has(file)));
  const files = servedFiles(distDir).map((file): PortalFile => ({
    file, ...fileSizes(join(distDir, file)), part: entryFiles.has(file) ? 'entry' : lazyFiles.has(file) ? 'lazy' : 'other',
  }));
  const byName = new Map(files.map((f) => [f.file, f]));
  const screens = lazyKeys.map((key) => {
    const own = [...closure(key)].map((k) => manifest[k]!.file).filter((file) => !entryFiles.has(file));
    return sum(manifest[key]!.name ?? key, own.map((file) => byName.get(file)!));
  }).sort((a, b) => a.name.localeCompare(b.name));
  return { files, entry: sum('entry (first load)', files.filter((f) => f.part === 'entry')), screens };
}
