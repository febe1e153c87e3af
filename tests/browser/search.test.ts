import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { axeViolations, base, hasChromium, useBrowser } from './harness.ts';

const data = readThesisData('content');
/** Three words in a row an examiner would remember from a quote: its most distinctive run. */
const phraseOf = (text: string) => {
  const words = text.replace(/\[[^\]]*\]/g, ' ').match(/[\p{L}\p{N}]+/gu)!;
  const runs = words.slice(0, -2).map((_, i) => words.slice(i, i + 3));
  return runs.sort((a, b) => b.join('').length - a.join('').length)[0].join(' ');
};
const sample = [...data.quotes.values()].filter((_, i, all) => i % Math.ceil(all.length / 6) === 0);

/** Types the query and waits until its results (or "no results") are drawn. */
async function search(page: Page, query: string) {
  await page.fill('#search-input', query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === q.trim(), query);
}
const hrefs = (page: Page) => page.locator('.search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));


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
    // The forms follow the chapter and section, each with the relation the analysis gives it.
    const where = (await hit.locator('.result-where').textContent())!;
    const forms = (await hit.locator('.result-forms').textContent())!;
    expect(where.endsWith(` · ${forms}`)).toBe(true);
    expect(forms.split(', ').map((f) => f.match(/ \((anvendt|udfordret)\)$/)?.[1])).toEqual(coded.forms.map((c) => (c.relation === 'supports' ? 'anvendt' : 'udfordret')));
    await page.check('input[name=type][value=Citat]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('type') === 'Citat' && !document.querySelector('.search-results li.result-text'));
    expect(await page.locator('.search-results li.result-text').count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Citat']);
    expect(await page.locator('[data-more]').isHidden()).toBe(true);
    const total = await page.locator('.search-results li').count();
    expect(await page.locator('input[name=type][value=Citat] ~ .count').textContent()).toBe(String(total));
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('ranks a concept’s definition in the theory chapter and its form page above the quotes that use the word', async () => {
    const page = await browser.open('/da/soeg/');
    for (const form of ['samskabelse', 'demokrati', 'forbrug']) {
      await search(page, form);
      const top = (await hrefs(page)).slice(0, 3);
      expect(top, form).toContain(`${base}da/former/${form}/`);
      expect(top.some((h) => h.startsWith(`${base}da/teori/#`)), `${form}: ${top}`).toBe(true);
    }
    await page.context().close();
  });

  it('finds each informant’s page first by its name', async () => {
    const page = await browser.open('/da/soeg/');
    for (const [id, informant] of data.informants) {
      if (!id.startsWith('informant-')) continue;
      await search(page, informant.label.da);
      expect((await hrefs(page))[0], informant.label.da).toBe(`${base}da/informanter/${id}/`);
    }
    await page.context().close();
  });

  it('finds every glossary term’s entry among the first results', async () => {
    const page = await browser.open('/da/soeg/');
    const missed: string[] = [];
    for (const term of data.glossary.values()) {
      await search(page, term.da);
      const top = (await hrefs(page)).slice(0, 5);
      if (!top.includes(`${base}da/ordliste/#${term.id}`)) missed.push(`${term.da}: ${top.join(' ')}`);
    }
    expect(missed).toEqual([]);
    await page.context().close();
  });

  it('finds a work of the bibliography by its author and year', async () => {
    const page = await browser.open('/en/search/');
    for (const [key, work] of [...data.references].filter(([, w]) => w.author?.[0]?.family && w.issued).slice(0, 5)) {
      const query = `${work.author![0].family} ${work.issued!['date-parts']![0][0]}`;
      await search(page, query);
      expect((await hrefs(page)).slice(0, 5), query).toContain(`${base}en/references/#ref-${key}`);
    }
    await page.context().close();
  });

  it('shows every result in steps, excerpts with only <mark> as markup, each place named once', async () => {
    const page = await browser.open('/da/soeg/?q=borgeren');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'borgeren');
    const total = Number((await page.locator('[data-status]').textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(40);
    expect(await page.locator('.search-results li').count()).toBeLessThan(total);
    while (await page.locator('[data-more]').isVisible()) {
      const before = await page.locator('.search-results li').count();
      await page.locator('[data-more]').click();
      await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(before);
    }
    const urls = await hrefs(page);
    expect(urls.length).toBe(total);
    expect(new Set(urls).size).toBe(total);
    expect(await page.locator('.result-excerpt *:not(mark)').count()).toBe(0);
    expect(await page.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    const lines = await page.locator('.result-where').allTextContents();
    expect(lines.filter((l) => new Set(l.split(' · ')).size < l.split(' · ').length)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('draws no empty filter groups, and keeps a chosen value the index does not know so that it can be removed', async () => {
    const page = await browser.open('/da/soeg/?q=borgeren&form=Ukendt+form');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'borgeren');
    const unknown = page.locator('input[name=form][value="Ukendt form"]');
    expect(await unknown.isChecked()).toBe(true);
    expect(await page.locator('.search-filters fieldset:not(:has(input))').count()).toBe(0);
    await unknown.click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('form') && document.querySelectorAll('.search-results li').length > 0);
    expect(await unknown.count()).toBe(0);
    await page.context().close();
  });

  it('loads the search runtime on the first focus of the field, not before', async () => {
    const page = await browser.open('/da/soeg/');
    await page.waitForLoadState('load');
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/pagefind.js')));
    expect(await loaded()).toBe(false);
    await page.focus('#search-input');
    await expect.poll(loaded).toBe(true);
    await page.context().close();
  });

  it('the "/" shortcut is not taken while typing, and can be turned off', async () => {
    /** Presses "/" and tells whether the page took it as the shortcut (it then prevents the default). */
    const taken = async (page: Page) => {
      await page.evaluate(() => window.addEventListener('keydown', (e) => ((window as unknown as { taken: boolean }).taken = e.defaultPrevented), { once: true }));
      await page.keyboard.press('/');
      return page.evaluate(() => (window as unknown as { taken: boolean }).taken);
    };
    const page = await browser.open('/da/citater/');
    await page.locator('select[name=informant]').focus();
    expect(await taken(page)).toBe(false);
    await page.evaluate(() => {
      const field = document.createElement('div');
      field.contentEditable = 'true';
      field.id = 'editable';
      document.querySelector('main')!.append(field);
    });
    await page.locator('#editable').focus();
    expect(await taken(page)).toBe(false);
    await page.keyboard.type('a/b');
    expect(await page.locator('#editable').textContent()).toBe('/a/b');
    await page.goto(`${browser.origin}${base}da/soeg/`);
    await page.locator('[data-shortcut-toggle]').uncheck();
    await page.goto(`${browser.origin}${base}da/indledning/`);
    expect(await taken(page)).toBe(false);
    expect(new URL(page.url()).pathname).toBe(`${base}da/indledning/`);
    await page.context().close();
  });

  it('opens from any page with the "/" key', async () => {
    const page = await browser.open('/da/indledning/');
    await page.keyboard.press('/');
    await page.waitForURL(`**${base}da/soeg/#search-input`);
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
