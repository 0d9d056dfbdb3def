/** The portal's size budget (bytes are deterministic, so a test may hold them). */
import { describe, expect, it } from 'vitest';
import { ENTRY_BUDGET, portalSizes } from './support/portal-sizes.ts';

describe('portal bundle (brotli)', () => {
  const { entry, screens, files } = portalSizes();

  it('keeps the entry chunk and its static imports within the budget', () => {
    expect(entry.brotli, entry.files.join(', ')).toBeLessThanOrEqual(ENTRY_BUDGET);
  });

  it('loads every screen as a lazy chunk of its own, outside the first load', () => {
    expect(screens.length).toBeGreaterThan(1);
    for (const screen of screens) {
      expect(screen.files.length, screen.name).toBeGreaterThan(0);
      for (const file of screen.files) expect(entry.files, `${screen.name}: ${file}`).not.toContain(file);
    }
    expect(files.filter((f) => f.file.endsWith('.js') && f.part === 'other')).toEqual([]);
  });
});
