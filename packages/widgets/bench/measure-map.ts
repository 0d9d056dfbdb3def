/**
 * One measurement of a map page in Chromium: time to first render, the cost of each zoom step
 * (JavaScript, and until the next frame is drawn), and the JS heap the map adds.
 */
import type { Browser, Page } from 'playwright';

/** What one measurement yields; zoom figures are medians of ten steps (five in, five out). */
export interface MapFigures {
  firstRender: number;
  zoomScript: number;
  zoomFrame: number;
  heap: number;
}

const MARKS = { bare: 'bare:rendered', ours: 'thb-member-map:rendered' } as const;

async function waitForMark(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000, polling: 50 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

/**
 * One zoom step, timed inside the page: until the update is done, and until a frame later.
 * (No named functions inside: tsx would wrap them in a helper the page does not have.)
 */
async function zoomStep(page: Page, kind: 'bare' | 'ours', factor: number): Promise<[number, number]> {
  return page.evaluate(async ([kind, factor]) => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const start = performance.now();
    if (kind === 'bare') {
      (window as unknown as { bareZoom(f: number): void }).bareZoom(factor);
    } else {
      const element = document.querySelector('thb-member-map') as HTMLElement & { updateComplete: Promise<boolean> };
      element.shadowRoot!.querySelector('svg.surface')!.dispatchEvent(new KeyboardEvent('keydown', { key: factor > 1 ? '+' : '-', bubbles: true }));
      await element.updateComplete;
    }
    const script = performance.now() - start;
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return [script, performance.now() - start] as [number, number];
  }, [kind, factor] as const);
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Measures one page kind in fresh browser contexts.
 * @example await measureMap(browser, 'ours', 'http://127.0.0.1:4000', 'http://127.0.0.1:8787')
 */
export async function measureMap(browser: Browser, kind: 'bare' | 'ours', pagesUrl: string, apiUrl: string): Promise<MapFigures> {
  const viewport = { width: 1000, height: 1000 };
  const path = kind === 'bare' ? '/bare.html' : '/ours.html';
  let context = await browser.newContext({ viewport });
  let page = await context.newPage();
  await page.goto(`${pagesUrl}${path}?api=${encodeURIComponent(apiUrl)}`);
  const firstRender = await waitForMark(page, MARKS[kind]);
  const steps: [number, number][] = [];
  for (const factor of [2, 2, 2, 2, 2, 0.5, 0.5, 0.5, 0.5, 0.5]) steps.push(await zoomStep(page, kind, factor));
  await context.close();

  // Heap: the page with its code loaded but no map yet, then with the map drawn.
  context = await browser.newContext({ viewport });
  page = await context.newPage();
  await page.goto(`${pagesUrl}${path}?defer&api=${encodeURIComponent(apiUrl)}`);
  if (kind === 'ours') await page.evaluate(() => customElements.whenDefined('thb-member-map'));
  const before = await heapUsed(page);
  await page.evaluate((kind) => {
    if (kind === 'bare') void (window as unknown as { bareStart(): Promise<void> }).bareStart();
    else document.body.append(Object.assign(document.createElement('thb-member-map'), { interval: 0, api: new URLSearchParams(location.search).get('api') }));
  }, kind);
  await waitForMark(page, MARKS[kind]);
  await page.waitForTimeout(300);
  const heap = (await heapUsed(page)) - before;
  await context.close();
  return { firstRender, zoomScript: median(steps.map(([s]) => s)), zoomFrame: median(steps.map(([, f]) => f)), heap };
}
