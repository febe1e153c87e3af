import { describe, expect, it } from 'vitest';
import { base, hasChromium, useBrowser } from './harness';

describe.skipIf(!hasChromium)('switching language', () => {
  const browser = useBrowser();

  it('goes from the Danish home to the English home and back', async () => {
    const page = await browser.open('/da/');
    await page.click('[data-lang-switch]');
    await page.waitForURL(`**${base}en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('[data-lang-switch]');
    await page.waitForURL(`**${base}da/`);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await page.context().close();
  });

  it('lands on the page named by hreflang, keeping the paragraph being read when the twin exists', async () => {
    const page = await browser.open('/da/metode/');
    const paragraph = page.locator('main p[id^="p-"]').nth(12);
    const id = await paragraph.getAttribute('id');
    await paragraph.scrollIntoViewIfNeeded();
    await page.evaluate((pid) => document.getElementById(pid!)!.scrollIntoView({ block: 'start' }), id);
    const target = await page.getAttribute('[data-lang-switch]', 'href');
    await page.click('[data-lang-switch]');
    await page.waitForLoadState('load');
    const url = new URL(page.url());
    expect(url.pathname).toBe(target);
    if (url.pathname !== `${base}en/`) {
      expect(url.hash).toBe(`#${id}`);
      expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    }
    await page.context().close();
  });
});
