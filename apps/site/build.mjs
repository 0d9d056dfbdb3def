/**
 * Builds the demo site into dist/: static pages with no inline script or style (they run
 * under a strict CSP), and `elements.json`, the embed builder's data, taken from the widgets'
 * Custom Elements Manifest so the builder always offers exactly the attributes that exist.
 *
 * Usage: node build.mjs (after the widgets are built)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const manifestPath = here('../../packages/widgets/dist/custom-elements.json');
if (!existsSync(manifestPath)) {
  console.error('apps/site: packages/widgets/dist/custom-elements.json is missing; build the widgets first (pnpm --filter @thb/widgets build).');
  process.exit(1);
}

rmSync(here('dist'), { recursive: true, force: true });
mkdirSync(here('dist'), { recursive: true });
cpSync(here('src'), here('dist'), { recursive: true });

/** Suggested values: the `backticked` words of an attribute's description. */
function suggestions(description = '') {
  return [...description.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]).filter((value) => !/[?=…]/.test(value));
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((element) => ({
    tag: element.tagName,
    summary: element.summary ?? '',
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: (attribute.description ?? '').replace(/`/g, ''),
      kind: /boolean/.test(attribute.type?.text ?? '') ? 'boolean' : /number/.test(attribute.type?.text ?? '') ? 'number' : 'text',
      values: suggestions(attribute.description),
    })),
    events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
  }));
writeFileSync(here('dist/elements.json'), JSON.stringify(elements, null, 2) + '\n');
console.log(`apps/site: built dist/ (${elements.length} elements in elements.json)`);
