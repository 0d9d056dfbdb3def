/** axe-core, injected from the page's own origin (a strict CSP forbids inline scripts). */
import type { Page } from 'playwright';

/** One rule that failed, with where. */
export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs every axe rule (WCAG 2.1 A/AA and best practices) over the page, shadow roots included.
 * @example expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
 */
export async function axeViolations(page: Page, pagesUrl: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${pagesUrl}/axe.min.js` });
  return page.evaluate(async () => {
    // axe is a global the injected script defines; it has no types in this page context.
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}
