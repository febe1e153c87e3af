// What a page prints: the print editions (which become the PDFs) and any page a reader prints from
// the browser. Paper cannot be clicked, so nothing may print as a control that hides text.
import { describe, expect, it } from 'vitest';
import { printedAs } from '../../src/cite-this/print-edition.ts';
import { base, hasChromium, useBrowser } from './harness.ts';
import { builtPages } from '../dist/site.ts';

/** Every built page with a disclosure (<details>), as a path under the base. */
const withDisclosures = builtPages()
  .filter((p) => p.html.includes('<details'))
  .map((p) => p.url.slice(base.length - 1));
const allPages = builtPages().map((p) => p.url.slice(base.length - 1));
const printEditions = builtPages()
  .filter((p) => printedAs(p.html))
  .map((p) => p.url.slice(base.length - 1));

describe.skipIf(!hasChromium)('printing', () => {
  const browser = useBrowser();

  it(`shows what every disclosure holds, with no disclosure triangle, on every page that has one (${withDisclosures.length} pages)`, async () => {
    expect(withDisclosures.length).toBeGreaterThan(20);
    const page = await browser.open('/', { js: false });
    await page.emulateMedia({ media: 'print' });
    const hidden: string[] = [];
    const printed = { notes: 0, originals: 0 };
    for (const path of withDisclosures) {
      await page.goto(browser.origin + base + path.slice(1));
      const found = await page.evaluate(() => {
        // A disclosure left out of print as a whole (the chapter list, where a work is cited, search filters) hides nothing on paper.
        const printed = [...document.querySelectorAll('details')].filter((d) => d.checkVisibility());
        const hidden = printed.flatMap((d) => {
          const summary = d.querySelector(':scope > summary')!;
          const marker = getComputedStyle(summary).display === 'list-item' && getComputedStyle(summary).listStyleType !== 'none';
          const content = [...d.children].filter((c) => c !== summary);
          const unseen = content.filter((c) => !c.checkVisibility() || c.getBoundingClientRect().height === 0);
          return [
            ...(marker ? [`${summary.textContent!.trim()}: a disclosure triangle`] : []),
            ...unseen.map((c) => `${summary.textContent!.trim()}: "${c.textContent!.trim().slice(0, 40)}" hidden`),
          ];
        });
        const count = (kind: string) => printed.filter((d) => d.classList.contains(kind)).length;
        return { hidden, notes: count('quote-note'), originals: count('quote-original') };
      });
      printed.notes += found.notes;
      printed.originals += found.originals;
      hidden.push(...found.hidden.map((f) => `${path} ${f}`));
    }
    expect(hidden).toEqual([]);
    // The quotes' editor's notes and Danish originals are printed, not left out.
    expect(printed.notes).toBeGreaterThan(20);
    expect(printed.originals).toBeGreaterThan(40);
    await page.context().close();
  }, 300_000);

  it(`cuts nothing off at the edge of the paper, on every built page (${allPages.length} pages)`, async () => {
    // An A4 page's width inside the print margins (@page in global.css: 2.2 cm each side): 166 mm.
    const page = await browser.open('/', { js: false, width: Math.floor((166 / 25.4) * 96) });
    await page.emulateMedia({ media: 'print' });
    const cut: string[] = [];
    for (const path of allPages) {
      await page.goto(browser.origin + base + path.slice(1));
      const found = await page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll('body *')].filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > root.clientWidth + 0.5);
        // The outermost only: its children are cut because it is.
        return wide.filter((e) => !wide.some((other) => other !== e && other.contains(e))).map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`);
      });
      cut.push(...found.map((f) => `${path} ${f}`));
    }
    expect(cut).toEqual([]);
    await page.context().close();
  }, 300_000);

  for (const path of printEditions) {
    it(`lists each quote's forms on ${path} as words, not as outlined tags`, async () => {
      const page = await browser.open(path, { js: false });
      await page.emulateMedia({ media: 'print' });
      const tags = await page.evaluate(() =>
        [...document.querySelectorAll('.print-edition .form-tag')].map((tag) => {
          const style = getComputedStyle(tag);
          return { text: tag.textContent!.trim(), outlined: style.borderTopStyle !== 'none' || parseFloat(style.paddingLeft) > 0 };
        }),
      );
      expect(tags.length).toBeGreaterThan(20);
      expect(tags.filter((t) => t.outlined).map((t) => t.text)).toEqual([]);
      await page.context().close();
    });
  }
});
