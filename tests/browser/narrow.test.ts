import { describe, expect, it } from 'vitest';
import { base, hasChromium, pagePaths as pages, useBrowser } from './harness.ts';

describe.skipIf(!hasChromium)('no sideways scrolling (WCAG 1.4.10)', () => {
  const browser = useBrowser();

  for (const width of [320, 375]) {
    it(`at ${width} px on every built page of both editions (${pages.length} pages)`, async () => {
      expect(pages.length).toBeGreaterThan(40);
      const page = await browser.open('/', { width });
      const overflowing: string[] = [];
      for (const path of pages) {
        await page.goto(browser.origin + base + path.slice(1));
        const wide = await page.evaluate(() => {
          const root = document.documentElement;
          return root.scrollWidth > root.clientWidth
            ? { by: root.scrollWidth - root.clientWidth, culprit: [...document.querySelectorAll('body *')].find((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !e.closest('.table-scroll, .visually-hidden'))?.outerHTML.slice(0, 80) }
            : undefined;
        });
        if (wide) overflowing.push(`${path}: ${wide.by} px (${wide.culprit})`);
      }
      expect(overflowing).toEqual([]);
      await page.context().close();
    }, 300_000);
  }

  // A table scrolls in its box on a phone; from a small laptop's width up, a reader sees all its
  // columns at once (the quote explorer's matrix takes the room beside the text; a chapter keeps
  // its text column wide enough, showing its own headings beside it only where there is room).
  for (const width of [1024, 1280]) {
    it(`at ${width} px no text spills out of its box onto its neighbour and no table needs scrolling, on every built page (${pages.length} pages)`, async () => {
      const page = await browser.open('/', { width });
      const spilling: string[] = [];
      const scrolling: string[] = [];
      for (const path of pages) {
        await page.goto(browser.origin + base + path.slice(1));
        const found = await page.evaluate(() => ({
          spilling: [...document.querySelectorAll('body *')]
            .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
            .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent!.trim().slice(0, 40)}`),
          scrolling: [...document.querySelectorAll('.table-scroll')]
            .filter((box) => box.scrollWidth > box.clientWidth + 1 || box.getBoundingClientRect().right > document.documentElement.clientWidth)
            .map((box) => `${box.clientWidth} px for ${box.scrollWidth} px: ${box.textContent!.trim().slice(0, 40)}`),
        }));
        spilling.push(...found.spilling.map((f) => `${path} ${f}`));
        scrolling.push(...found.scrolling.map((f) => `${path} ${f}`));
      }
      expect(spilling).toEqual([]);
      expect(scrolling).toEqual([]);
      await page.context().close();
    }, 300_000);
  }
});
