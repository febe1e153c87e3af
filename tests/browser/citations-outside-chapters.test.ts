import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { langs } from '../../src/i18n/ui.ts';
import { sections } from '../../src/routes.ts';
import { base, hasChromium, useBrowser } from './harness.ts';

describe.skipIf(!hasChromium)('citations outside chapters', () => {
  const browser = useBrowser();

  it('open a popover with the work’s entry from the page’s own reference list, on every participation-form page of both editions', async () => {
    let checked = 0;
    for (const lang of langs) {
      const index = await browser.open(`/${lang}/${sections.forms[lang]}/`);
      const forms = await index.locator(`main a[href^="${base}${lang}/${sections.forms[lang]}/"]`).evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
      const pages = forms.filter((path) => path !== `${base}${lang}/${sections.forms[lang]}/`);
      await index.context().close();
      for (const path of pages) {
        const page = await browser.open(path.slice(base.length - 1));
        const cite = page.locator('main a.cite').first();
        const key = await cite.getAttribute('data-cite');
        await cite.scrollIntoViewIfNeeded();
        await cite.hover();
        const popover = page.locator('#cite-popover');
        await expect.poll(() => popover.evaluate((p) => p.matches(':popover-open')), { timeout: 10_000 }).toBe(true);
        expect(await popover.locator('.cite-popover-entry').textContent(), path).toBe(await page.locator(`#cited-${key} .csl-entry`).textContent());
        expect(page.problems, path).toEqual([]);
        await page.context().close();
        checked++;
      }
    }
    expect(checked).toBe(readThesisData('content').formIds.length * langs.length);
  });
});
