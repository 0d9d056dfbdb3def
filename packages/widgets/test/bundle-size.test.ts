/** Size budgets of the built bundles (bytes are deterministic, so a test may hold them). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from './support/bundle-sizes.ts';
import { DIST_DIR } from './support/paths.ts';

describe('bundle budgets (brotli)', () => {
  const groups = bundleSizes(DIST_DIR);

  it('keeps the emergency phrase table in one chunk of its own, outside every first load', () => {
    const table = groups.find((group) => group.name === 'thb-chat: emergency table')!;
    expect(table.files).toHaveLength(1);
    for (const group of groups.filter((g) => g !== table)) expect(group.files).not.toContain(table.files[0]);
  });

  it.each(groups.filter((group) => group.budget !== undefined).map((group) => [group.name, group] as const))(
    '%s stays within its budget',
    (_, group) => {
      expect(group.brotli, `${group.name}: ${group.files.join(', ')}`).toBeLessThanOrEqual(group.budget!);
    },
  );

  it('keeps zod out of every bundle and ships source maps', () => {
    for (const group of groups) {
      for (const file of group.files) {
        const code = readFileSync(join(DIST_DIR, file), 'utf8');
        expect(code, file).not.toMatch(/ZodError|\$ZodType/);
        // Entry facades only re-export: nothing to map; Vite writes its own preload helper
        // (none of our source) without one. Every other chunk with code has its map.
        const facade = /^(?:import\{[^}]*\}from"[^"]*";)*export\{[^}]*\};?\s*$/.test(code);
        if (!facade && !file.startsWith('chunks/preload-helper-')) expect(existsSync(join(DIST_DIR, `${file}.map`)), `${file}.map`).toBe(true);
      }
    }
  });

  it('publishes a Custom Elements Manifest documenting every element', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { name: string; tagName?: string; superclass?: { name: string }; attributes?: unknown[]; events?: { name: string; type?: { text: string } }[]; cssParts?: unknown[]; cssProperties?: unknown[] }[] }[];
    };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    const elements = declarations.filter((d) => d.tagName);
    // Every event is typed by its own Event subclass, which the manifest documents too.
    const eventClasses = new Set(declarations.filter((d) => d.superclass?.name === 'Event').map((d) => d.name));
    expect(elements.map((e) => e.tagName)).toEqual(expect.arrayContaining(['thb-chat', 'thb-event-list', 'thb-member-map', 'thb-quick-exit', 'thb-resource-finder']));
    for (const element of elements) {
      expect(element.attributes!.length, element.tagName).toBeGreaterThan(3);
      expect(element.events!.every((event) => event.name.startsWith('thb-')), element.tagName).toBe(true);
      for (const event of element.events!) expect(eventClasses, `${element.tagName} ${event.name}`).toContain(event.type?.text.replace(/<.*/, ''));
      expect(element.cssParts!.length, element.tagName).toBeGreaterThan(3);
      expect(element.cssProperties!.length, element.tagName).toBeGreaterThan(5);
    }
  });
});
