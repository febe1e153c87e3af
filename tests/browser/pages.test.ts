import { describe, expect, it } from 'vitest';
import { axeViolations, base, hasChromium, pagePaths, useBrowser } from './harness.ts';

/** One page of each kind the site has. */
const pageKinds = {
  'language picker': '/',
  'Danish home': '/da/',
  'English home': '/en/',
  chapter: '/da/indledning/',
  'analysis chapter': '/da/analysedel-1/',
  bibliography: '/da/litteratur/',
  'English chapter with quote cards': '/en/analysedel-2/',
  'quote explorer': '/da/citater/',
  'informant page': '/en/informants/informant-4/',
  'participation form page': '/da/former/demokrati/',
  search: '/en/search/?q=work+placement',
  glossary: '/en/glossary/',
  'chapter with a missing figure and editorial notes': '/da/videnskabsteori/',
  'statement about the edition': '/en/about-this-edition/',
  'not found': '/404.html',
  versions: '/en/versions/',
};

describe.skipIf(!hasChromium)('every page kind in Chromium', () => {
  const browser = useBrowser();

  for (const [kind, path] of Object.entries(pageKinds)) {
    for (const { width, dark } of [
      { width: 375, dark: false },
      { width: 1280, dark: true },
    ]) {
      it(`${kind} (${path}) at ${width}px ${dark ? 'dark' : 'light'}: no errors, no axe violations, no sideways scroll`, async () => {
        const page = await browser.open(path, { width, dark });
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(page.problems).toEqual([]);
        await page.context().close();
      });
    }
  }
});

// The kinds above are looked at closely; this holds the whole site to the same bar, since a
// violation can sit on one page only (a badge's contrast, an id given twice, an empty link).
describe.skipIf(!hasChromium)('every built page in Chromium', () => {
  const browser = useBrowser();

  for (const { width, dark } of [
    { width: 375, dark: false },
    { width: 1280, dark: true },
  ]) {
    it(`at ${width}px ${dark ? 'dark' : 'light'}: no errors and no axe violations on any of the ${pagePaths.length} pages`, async () => {
      expect(pagePaths.length).toBeGreaterThan(40);
      const page = await browser.open('/', { width, dark });
      const found: string[] = [];
      for (const path of pagePaths) {
        const seen = page.problems.length;
        await page.goto(browser.origin + base + path.slice(1));
        found.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
        // Going on to the next page cuts off what the last one still loaded (its favicon): not a fault of either.
        const problems = page.problems.slice(seen).filter((p) => !p.endsWith('(net::ERR_ABORTED)'));
        found.push(...problems.map((p) => `${path} ${p}`));
      }
      expect(found).toEqual([]);
      await page.context().close();
    }, 300_000);
  }
});
