import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { axeViolations, hasChromium, useBrowser } from './harness.ts';

const data = readThesisData('content');
const quotes = [...data.quotes.values()];
const speaks = (q: (typeof quotes)[number], informant: string) => q.turns.some((t) => t.speaker === informant);
const coded = (q: (typeof quotes)[number], form: string, relation?: string) => q.forms.some((c) => c.form === form && (!relation || c.relation === relation));

describe.skipIf(!hasChromium)('quote explorer', () => {
  const browser = useBrowser();

  it('lists every quote, filters instantly and keeps the filters in the URL', async () => {
    const page = await browser.open('/da/citater/');
    const visible = () => page.locator('.quote-list > li:not([hidden])').count();
    expect(await visible()).toBe(quotes.length);
    await page.selectOption('select[name=informant]', 'informant-4');
    expect(await visible()).toBe(quotes.filter((q) => q.turns.some((t) => t.speaker === 'informant-4')).length);
    await page.selectOption('select[name=form]', 'demokrati');
    const expected = quotes.filter((q) => speaks(q, 'informant-4') && coded(q, 'demokrati')).length;
    expect(await visible()).toBe(expected);
    expect(new URL(page.url()).search).toBe('?informant=informant-4&form=demokrati');
    expect(await page.locator('[data-shown]').textContent()).toBe(String(expected));
    // One sentence, the number in its place: "Viser 2 af 44 citater".
    expect(await page.locator('.filter-status').textContent()).toBe(`Viser ${expected} af ${quotes.length} citater`);
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  it('filters by how the analysis relates the form, matching form and relation on the same coding', async () => {
    const page = await browser.open('/da/citater/');
    const visible = () => page.locator('.quote-list > li:not([hidden])').count();
    await page.selectOption('select[name=relation]', 'hinders');
    expect(await visible()).toBe(quotes.filter((q) => q.forms.some((c) => c.relation === 'hinders')).length);
    // Informant 3 has a quote where self-reflexive participation is applied and the other three forms hindered.
    await page.selectOption('select[name=form]', 'selv-refleksion');
    expect(await visible()).toBe(quotes.filter((q) => coded(q, 'selv-refleksion', 'hinders')).length);
    await page.selectOption('select[name=form]', 'samskabelse');
    const expected = quotes.filter((q) => coded(q, 'samskabelse', 'hinders'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await visible()).toBe(expected.length);
    expect(new URL(page.url()).search).toBe('?form=samskabelse&relation=hinders');
    for (const card of await page.locator('.quote-list > li:not([hidden]) figure').all()) {
      expect(await card.locator('a[data-form="samskabelse"]').getAttribute('data-relation')).toBe('hinders');
    }
    await page.context().close();
  });

  it('opens the hindered quotes of an informant and form from the matrix', async () => {
    const page = await browser.open('/da/citater/');
    await page.locator('table.matrix td[data-informant="informant-3"][data-form="samskabelse"][data-relation="hinders"] a').click();
    await page.waitForURL('**?informant=informant-3&form=samskabelse&relation=hinders#quotes');
    const expected = quotes.filter((q) => speaks(q, 'informant-3') && coded(q, 'samskabelse', 'hinders')).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.quote-list > li:not([hidden])').count()).toBe(expected);
    expect(await page.locator('select[name=relation]').inputValue()).toBe('hinders');
    await page.context().close();
  });

  it('opens a shared filtered view from a matrix cell', async () => {
    const page = await browser.open('/da/citater/');
    const cell = page.locator('table.matrix td[data-informant="informant-1"][data-form="none"] a');
    await cell.click();
    await page.waitForURL('**?informant=informant-1&form=none#quotes');
    const expected = quotes.filter((q) => speaks(q, 'informant-1') && q.forms.length === 0).length;
    expect(await page.locator('.quote-list > li:not([hidden])').count()).toBe(expected);
    await page.context().close();
  });

  for (const search of ['?utm_source=newsletter', '?fbclid=IwAR0abc', '?__proto__=x', '?utm_source=x&informant=informant-4']) {
    it(`ignores URL parameters it does not know (${search})`, async () => {
      const page = await browser.open(`/da/citater/${search}`);
      const expected = search.includes('informant=informant-4') ? quotes.filter((q) => q.turns.some((t) => t.speaker === 'informant-4')).length : quotes.length;
      await expect.poll(() => page.locator('[data-shown]').textContent()).toBe(String(expected));
      expect(await page.locator('.quote-list > li:not([hidden])').count()).toBe(expected);
      await page.selectOption('select[name=chapter]', { index: 1 });
      expect(new URL(page.url()).search).toContain(search.slice(1).split('&')[0]);
      expect(page.problems).toEqual([]);
      await page.context().close();
    });
  }

  it('without JavaScript, says that the filters need it', async () => {
    const page = await browser.open('/da/citater/?informant=informant-4', { js: false });
    expect(await page.locator('[data-needs-script]').isVisible()).toBe(true);
    await page.context().close();
    const scripted = await browser.open('/da/citater/?informant=informant-4');
    await expect.poll(() => scripted.locator('[data-needs-script]').isVisible()).toBe(false);
    await scripted.context().close();
  });

  it('a card’s permalink and its link back to the chapter land on the card', async () => {
    const page = await browser.open('/da/informanter/informant-3/');
    const card = page.locator('figure[data-quote-id]').first();
    const id = await card.getAttribute('data-quote-id');
    await card.locator('.quote-placed').click();
    await page.waitForURL(`**#${id}`);
    const target = page.locator(`#${id}`);
    expect(await target.evaluate((e) => e.matches(':target'))).toBe(true);
    const top = await target.evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  for (const path of ['/da/informanter/', '/da/informanter/sb/', '/da/former/', '/da/former/samskabelse/']) {
    it(`${path} passes axe at 375 px`, async () => {
      const page = await browser.open(path, { width: 375 });
      expect(await axeViolations(page)).toEqual([]);
      expect(page.problems).toEqual([]);
      await page.context().close();
    });
  }
});
