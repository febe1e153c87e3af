import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, useBrowser } from './harness.ts';

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
