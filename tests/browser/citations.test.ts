import { builtSiteDir } from '../../scripts/serve-dist.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, base, hasChromium, useBrowser } from './harness.ts';

const chapter = '/da/analysedel-3/';
/** Every built page with citation popovers, as a path under the base. */
const citing = readdirSync(builtSiteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && readFileSync(join(builtSiteDir, file), 'utf8').includes('id="cite-popover"'))
  .map((file) => `/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`);
/** How long a reader looks at a popover before doing anything else. */
const readingPause = 1500;

const popoverOpen = (page: Page) => page.locator('#cite-popover').evaluate((p) => p.matches(':popover-open'));
/** A citation whose work is cited again further down the same page. */
async function repeatedCitation(page: Page) {
  const keys = await page.locator('main a.cite').evaluateAll((els) => els.map((e) => e.getAttribute('data-cite')));
  return keys.find((k, i) => keys.indexOf(k) !== i)!;
}

describe.skipIf(!hasChromium)('citation popovers', () => {
  const browser = useBrowser();

  it('opens on hover after a short delay, shows the formatted entry and the counts as sentences, and closes on Escape', async () => {
    const page = await browser.open(chapter);
    const cite = page.locator('main a.cite').first();
    const key = await cite.getAttribute('data-cite');
    await cite.scrollIntoViewIfNeeded();
    await cite.hover();
    const popover = page.locator('#cite-popover');
    await expect.poll(() => popoverOpen(page)).toBe(true);
    const entry = await page.locator(`#cited-${key} .csl-entry`).textContent();
    expect(await popover.locator('.cite-popover-entry').textContent()).toBe(entry);
    expect(await popover.locator('[data-entry]').getAttribute('href')).toBe(await cite.getAttribute('href'));
    expect(await popover.locator('.cite-popover-count').textContent()).toMatch(/^Citeret (én gang|\d+ gange) i specialet\. (Henvisning \d+ af \d+|Den eneste henvisning til værket) på denne side\.$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverOpen(page)).toBe(false);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('with the mouse, "→" steps to the next use of the work and the popover stays open', async () => {
    const page = await browser.open(chapter);
    const repeated = await repeatedCitation(page);
    const first = page.locator(`main a.cite[data-cite="${repeated}"]`).first();
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    await expect.poll(() => popoverOpen(page)).toBe(true);
    await page.locator('#cite-popover [data-step="1"]').click();
    await page.waitForTimeout(readingPause);
    expect(await popoverOpen(page)).toBe(true);
    expect(await page.locator('#cite-popover .cite-popover-count').textContent()).toContain('Henvisning 2 af');
    const second = page.locator(`main a.cite[data-cite="${repeated}"]`).nth(1);
    expect(await second.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('opens on keyboard focus without covering the cited line; Tab enters it and steps to the next place citing the work', async () => {
    const page = await browser.open(chapter);
    const repeated = await repeatedCitation(page);
    const first = page.locator(`main a.cite[data-cite="${repeated}"]`).first();
    await page.keyboard.press('Shift');
    await first.focus();
    const popover = page.locator('#cite-popover');
    await expect.poll(() => popoverOpen(page)).toBe(true);
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
    await expect.poll(() => popover.locator('.cite-popover-count').textContent()).toContain('Henvisning 2 af');
    expect(await popoverOpen(page)).toBe(true);
    await page.context().close();
  });

  it(`every citation’s popover on every page that cites (${citing.length} pages) is reachable by keyboard, and it closes once focus leaves citation and popover`, async () => {
    expect(citing.length).toBeGreaterThan(10);
    const page = await browser.open(chapter);
    for (const path of citing) {
      await page.goto(browser.origin + base + path.slice(1));
      const count = await page.locator('main a.cite').count();
      for (let i = 0; i < count; i++) {
        const cite = page.locator('main a.cite').nth(i);
        const key = await cite.getAttribute('data-cite');
        await page.keyboard.press('Shift');
        await cite.focus();
        await expect.poll(() => popoverOpen(page), { message: `${path}: citation ${i + 1} (${key})` }).toBe(true);
        expect(await page.locator('#cite-popover .cite-popover-entry').textContent()).toBe(await page.locator(`#cited-${key} .csl-entry`).textContent());
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#cite-popover'))), `${path}: Tab after citation ${i + 1}`).toBe(true);
        // Back to the citation, and on backwards out of both: the popover goes, unless focus
        // lands on another citation, which then has the popover.
        await page.keyboard.press('Shift+Tab');
        await expect.poll(() => cite.evaluate((e) => e === document.activeElement)).toBe(true);
        await page.keyboard.press('Shift+Tab');
        const onCitation = await page.evaluate(() => Boolean(document.activeElement?.matches('main a.cite')));
        await expect.poll(() => popoverOpen(page), { message: `${path}: after leaving citation ${i + 1}` }).toBe(onCitation);
      }
    }
    await page.context().close();
  }, 300_000);

  describe('on a 375 px phone with touch', () => {
    async function tapCitation() {
      const page = await browser.open(chapter, { width: 375, phone: true });
      const cite = page.locator('main a.cite').nth(3);
      await cite.scrollIntoViewIfNeeded();
      await cite.tap();
      return { page, cite };
    }

    it('a tap opens the popover, it stays open while the reader reads it, on screen, and a tap outside closes it', async () => {
      const { page } = await tapCitation();
      await page.waitForTimeout(readingPause);
      expect(await popoverOpen(page)).toBe(true);
      expect(page.url()).toContain(chapter);
      const box = (await page.locator('#cite-popover').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      await page.locator('main h1').tap();
      await expect.poll(() => popoverOpen(page)).toBe(false);
      await page.context().close();
    });

    it('its close button closes it', async () => {
      const { page } = await tapCitation();
      await page.waitForTimeout(readingPause);
      await page.locator('#cite-popover .cite-popover-close').tap();
      await expect.poll(() => popoverOpen(page)).toBe(false);
      await page.context().close();
    });

    it('its link goes to the entry in the bibliography', async () => {
      const { page, cite } = await tapCitation();
      const key = await cite.getAttribute('data-cite');
      await page.waitForTimeout(readingPause);
      await page.locator('#cite-popover [data-entry]').tap();
      await page.waitForURL(`**/litteratur/#ref-${key}`);
      expect(await page.locator(`#ref-${key}`).isVisible()).toBe(true);
      await page.context().close();
    });

    it('a second tap on the citation follows its link to the bibliography', async () => {
      const { page, cite } = await tapCitation();
      const key = await cite.getAttribute('data-cite');
      await page.waitForTimeout(readingPause);
      expect(await popoverOpen(page)).toBe(true);
      await cite.tap();
      await page.waitForURL(`**/litteratur/#ref-${key}`);
      await page.context().close();
    });
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
