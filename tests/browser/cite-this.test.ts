import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, useBrowser } from './harness.ts';

describe.skipIf(!hasChromium)('cite this thesis', () => {
  const browser = useBrowser();

  it('copies the citation as shown and says so', async () => {
    const page = await browser.open('/en/metode/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin });
    const button = page.locator('.cite-this button');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect.poll(() => page.locator('.cite-this [role=status]').textContent()).toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('main .cite-this-text').textContent())!.trim());
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('shows the citation and its downloads without JavaScript, and no dead copy button', async () => {
    const page = await browser.open('/da/', { js: false });
    expect(await page.locator('main .cite-this-text').textContent()).toContain('Borgerinddragelse');
    expect(await page.locator('.cite-this button').isVisible()).toBe(false);
    expect(await page.locator('.cite-this a[download]').count()).toBe(3);
    await page.context().close();
  });
});
