import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { base, hasChromium, useBrowser } from './harness.ts';

/** Scrolls so that the element's top stands `top` px below the window's top edge. */
const scrollTo = (page: Page, selector: string, top: number) =>
  page.evaluate(([s, t]) => window.scrollBy(0, document.querySelector(s as string)!.getBoundingClientRect().top - (t as number)), [selector, top]);

async function switchLanguage(page: Page) {
  // The place is noted on the next frame after scrolling.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.click('[data-lang-switch]');
  await page.waitForLoadState('load');
  return new URL(page.url());
}

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

  it('lands on the twin chapter at the paragraph being read', async () => {
    const page = await browser.open('/da/metode/');
    const id = (await page.locator('main p[id^="p-"]').nth(12).getAttribute('id'))!;
    await scrollTo(page, `#${id}`, 40);
    const url = await switchLanguage(page);
    expect(url.pathname).toBe(`${base}en/metode/`);
    expect(url.hash).toBe(`#${id}`);
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('lands on the paragraph at the reading line, not on the quote card whose end still shows above it', async () => {
    const page = await browser.open('/da/analysedel-1/');
    // A paragraph right after a quote card, scrolled so that the card's last 90 px show above it.
    const id = await page.evaluate(() => [...document.querySelectorAll('main figure[data-quote-id] + p[id^="p-"]')][0]?.id);
    expect(id).toBeTruthy();
    await page.evaluate((pid) => {
      const card = document.getElementById(pid!)!.previousElementSibling!;
      window.scrollBy(0, card.getBoundingClientRect().bottom - 90);
    }, id);
    const url = await switchLanguage(page);
    expect(url.pathname).toBe(`${base}en/analysedel-1/`);
    expect(url.hash).toBe(`#${id}`);
    await page.context().close();
  });
});
