import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowser } from './harness.ts';

const chapter = '/da/analysedel-1/';

describe.skipIf(!hasChromium)('the chapter list', () => {
  const browser = useBrowser();

  for (const js of [true, false]) {
    it(`is folded on a phone and shown beside the text on a wide screen, ${js ? 'with' : 'without'} JavaScript`, async () => {
      for (const [width, shown] of [
        [375, false],
        [1280, true],
      ] as const) {
        const page = await browser.open(chapter, { width, js });
        expect(await page.locator('.chapter-list a[aria-current="page"]').isVisible(), `${width} px`).toBe(shown);
        expect(await page.locator('.chapter-list summary').isVisible()).toBe(true);
        await page.context().close();
      }
    });
  }

  it('moves nothing after the page has loaded (no layout shift)', async () => {
    for (const width of [375, 1280]) {
      const page = await browser.open(chapter, { width });
      await page.waitForLoadState('load');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
            }).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect(shift, `${width} px`).toBe(0);
      await page.context().close();
    }
  });
});
