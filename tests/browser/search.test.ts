import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readThesisData } from '../../src/data/thesis-data';
import { axeViolations, base, hasChromium, useBrowser } from './harness';

const data = readThesisData('content');
/** Three words in a row an examiner would remember from a quote: its most distinctive run. */
const phraseOf = (text: string) => {
  const words = text.replace(/\[[^\]]*\]/g, ' ').match(/[\p{L}\p{N}]+/gu)!;
  const runs = words.slice(0, -2).map((_, i) => words.slice(i, i + 3));
  return runs.sort((a, b) => b.join('').length - a.join('').length)[0].join(' ');
};
const sample = [...data.quotes.values()].filter((_, i, all) => i % Math.ceil(all.length / 6) === 0);

/**
 * Does `act` and waits until the page has drawn its answer: the status line, emptied first, is
 * written again once a search has finished and its results are drawn (whatever the machine's speed).
 */
async function drawn(page: Page, act: () => Promise<unknown>, query: string) {
  await page.evaluate(() => (document.querySelector('[data-status]')!.textContent = ''));
  await act();
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q && Boolean(document.querySelector('[data-status]')?.textContent), query);
}

const search = (page: Page, query: string) => drawn(page, () => page.fill('#search-input', query), query);

describe.skipIf(!hasChromium)('search', () => {
  const browser = useBrowser();

  for (const quote of sample) {
    it(`finds quote ${quote.id} by a phrase from it and lands on its card`, async () => {
      const phrase = phraseOf(quote.turns[0].text.da);
      const page = await browser.open('/da/soeg/');
      await search(page, phrase);
      const top = page.locator('.search-results li a').first();
      const href = (await top.getAttribute('href'))!;
      expect(href, phrase).toMatch(new RegExp(`#${quote.id}(-\\d+)?$`));
      await top.click();
      await page.waitForURL(`**${href}`);
      const card = page.locator(`figure[data-quote-id="${quote.id}"]:target`);
      expect(await card.count()).toBe(1);
      const box = (await card.boundingBox())!;
      expect(box.y).toBeLessThan(900);
      await page.context().close();
    });
  }

  it('puts every quote first for its most distinctive three words', async () => {
    const page = await browser.open('/da/soeg/');
    const missed: string[] = [];
    for (const quote of data.quotes.values()) {
      const phrase = phraseOf(quote.turns.map((t) => t.text.da).join(' '));
      await search(page, phrase);
      const top = await page.locator('.search-results li a').first().getAttribute('href');
      if (!new RegExp(`#${quote.id}(-\\d+)?$`).test(top ?? '')) missed.push(`${quote.id}: "${phrase}" → ${top}`);
    }
    expect(missed).toEqual([]);
    await page.context().close();
  });

  it('shows speaker and forms on a quote hit, and filters narrow the results, with counts, in the URL', async () => {
    const coded = [...data.quotes.values()].find((q) => q.forms.length > 0)!;
    const phrase = phraseOf(coded.turns[0].text.da);
    const page = await browser.open(`/da/soeg/?q=${encodeURIComponent(phrase)}`);
    await page.waitForSelector('.search-results li');
    const hit = page.locator('.search-results li.result-quote').first();
    const speaker = data.informants.get(coded.turns[0].speaker)!.label.da;
    expect(await hit.locator('a').textContent()).toContain(speaker);
    await drawn(page, () => page.check('input[name=type][value=Citat]'), phrase);
    expect(await page.locator('.search-results li.result-text').count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Citat']);
    const total = await page.locator('.search-results li').count();
    expect(await page.locator('input[name=type][value=Citat] ~ .count').textContent()).toBe(String(total));
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('opens from any page with the "/" key', async () => {
    const page = await browser.open('/da/indledning/');
    await page.keyboard.press('/');
    await page.waitForURL(`**${base}da/soeg/`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.context().close();
  });

  it('keeps Danish and English results apart', async () => {
    for (const [path, query, lang] of [
      ['/da/soeg/', 'virksomhedspraktik', 'da'],
      ['/en/search/', 'work placement', 'en'],
    ]) {
      const page = await browser.open(`${path}?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('.search-results li');
      const urls = await page.locator('.search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(urls.length, query).toBeGreaterThan(3);
      expect(urls.filter((u) => !u!.startsWith(`${base}${lang}/`)), query).toEqual([]);
      expect(await page.locator('[data-untranslated]').isHidden()).toBe(true);
      await page.context().close();
    }
  });

  it('finds an English quote by its English words', async () => {
    const quote = [...data.quotes.values()].find((q) => q.turns.length === 1 && q.turns[0].text.en)!;
    const page = await browser.open('/en/search/');
    await search(page, phraseOf(quote.turns[0].text.en));
    expect(await page.locator('.search-results li a').first().getAttribute('href')).toMatch(new RegExp(`^${base}en/.*#${quote.id}(-\\d+)?$`));
    await page.context().close();
  });
});
