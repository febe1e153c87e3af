import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, useBrowser } from './harness';

const chapter = '/da/analysedel-3/';

describe.skipIf(!hasChromium)('citation popovers', () => {
  const browser = useBrowser();

  it('opens on hover after a short delay, shows the formatted entry, and closes on Escape', async () => {
    const page = await browser.open(chapter);
    const cite = page.locator('main a.cite').first();
    const key = await cite.getAttribute('data-cite');
    await cite.scrollIntoViewIfNeeded();
    await cite.hover();
    const popover = page.locator('#cite-popover');
    await expect.poll(() => popover.evaluate((p) => p.matches(':popover-open'))).toBe(true);
    const entry = await page.locator(`#cited-${key} .csl-entry`).textContent();
    expect(await popover.locator('.cite-popover-entry').textContent()).toBe(entry);
    expect(await popover.locator('[data-entry]').getAttribute('href')).toBe(await cite.getAttribute('href'));
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.evaluate((p) => p.matches(':popover-open'))).toBe(false);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('opens on keyboard focus without covering the cited line; Tab enters it and steps to the next place citing the work', async () => {
    const page = await browser.open(chapter);
    const cites = page.locator('main a.cite');
    const keys = await cites.evaluateAll((els) => els.map((e) => e.getAttribute('data-cite')));
    const repeated = keys.find((k, i) => keys.indexOf(k) !== i)!;
    const first = page.locator(`main a.cite[data-cite="${repeated}"]`).first();
    await first.focus();
    const popover = page.locator('#cite-popover');
    await expect.poll(() => popover.evaluate((p) => p.matches(':popover-open'))).toBe(true);
    // Positioning follows opening; wait until the popover has settled clear of the cited line.
    const clearOfLine = async () => {
      const line = await first.evaluate((e) => [...e.getClientRects()].at(-1)!.toJSON());
      const box = (await popover.boundingBox())!;
      return box.y >= line.bottom || box.y + box.height <= line.top;
    };
    await expect.poll(clearOfLine).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe('1');
    await page.keyboard.press('Enter');
    const second = page.locator(`main a.cite[data-cite="${repeated}"]`).nth(1);
    await expect.poll(() => second.evaluate((e) => e === document.activeElement)).toBe(true);
    await expect.poll(() => popover.locator('[data-position]').textContent()).toBe('2');
    await page.context().close();
  });

  it('opens on tap at 375 px, stays on screen, and a second tap follows the link to the bibliography', async () => {
    const page = await browser.open(chapter, { width: 375 });
    const cite = page.locator('main a.cite').nth(3);
    await cite.scrollIntoViewIfNeeded();
    await cite.tap();
    const popover = page.locator('#cite-popover');
    await expect.poll(() => popover.evaluate((p) => p.matches(':popover-open'))).toBe(true);
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.locator('main h1').tap();
    await expect.poll(() => popover.evaluate((p) => p.matches(':popover-open'))).toBe(false);
    await page.context().close();
  });

  it('works without JavaScript: the citation is a link to its bibliography entry', async () => {
    const page = await browser.open(chapter, { js: false });
    const cite = page.locator('main a.cite').first();
    const key = await cite.getAttribute('data-cite');
    await cite.click();
    await page.waitForURL(`**/litteratur/#ref-${key}`);
    expect(await page.locator(`#ref-${key}`).isVisible()).toBe(true);
    await page.context().close();
  });
});
