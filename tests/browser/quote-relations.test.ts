import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data.ts';
import da from '../../src/i18n/da.ts';
import { base, hasChromium, useBrowser } from './harness.ts';

const data = readThesisData('content');
const quotes = [...data.quotes.values()];

describe.skipIf(!hasChromium)('searching quotes by how the analysis relates a form', () => {
  const browser = useBrowser();

  it('the index has a filter for each relation, counting the quote cards with such a coding', async () => {
    const page = await browser.open('/da/soeg/');
    // A string, so that the test runner leaves the page's own dynamic import alone.
    const filters = (await page.evaluate(`(async () => {
      const pf = await import('${base}pagefind/pagefind.js');
      await pf.init();
      return pf.filters();
    })()`)) as Record<string, Record<string, number>>;
    // Each quote has one card in the Danish chapters.
    const count = (relation: 'supports' | 'hinders') => quotes.filter((q) => q.forms.some((c) => c.relation === relation)).length;
    expect(filters.relation).toEqual({ [da['quote.relation.supports']]: count('supports'), [da['quote.relation.hinders']]: count('hinders') });
    await page.context().close();
  });

  it('the search page offers it among its filters', async () => {
    const page = await browser.open(`/da/soeg/?q=${encodeURIComponent('førtidspension')}`);
    const hindered = page.locator(`input[name=relation][value="${da['quote.relation.hinders']}"]`);
    await hindered.waitFor({ state: 'attached', timeout: 20_000 });
    await hindered.check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('relation')).toEqual([da['quote.relation.hinders']]);
    await page.context().close();
  });
});
