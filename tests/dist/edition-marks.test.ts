import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { base, builtPages, page } from './site.ts';
import da from '../../src/i18n/da.ts';
import en from '../../src/i18n/en.ts';

const ui = { da, en };
const statement = { da: `${base}da/om-udgaven/`, en: `${base}en/about-this-edition/` };
const pathOf = (href: unknown) => new URL(String(href), 'http://site').pathname;

describe('the chapter summaries are marked as the edition’s where they are shown', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`/${lang}/: the table of contents says whose the summaries are and links the statement`, () => {
      const toc = select('#toc', page(`/${lang}/`).tree)!;
      expect(selectAll('li > p', toc).length).toBeGreaterThan(10);
      const mark = select('[data-edition-summaries]', toc)!;
      expect(toString(mark)).toBe(ui[lang]['home.tocSummaries']);
      expect(pathOf(select('a', mark)!.properties.href)).toBe(statement[lang]);
    });
  }
});

describe('built pages speak of the thesis, not of how the edition was made', () => {
  const production = /\b(seeds?|extracted|PDF text|translation pass|search budget|looked up|stored sources?|engineers?|LLM|generated)\b/i;

  it('no page shows a word from the making of the edition', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const found = pages
      .map((p) => ({ url: p.url, match: toString(select('body', p.tree)!).match(production)?.[0] }))
      .filter((p) => p.match);
    expect(found).toEqual([]);
  });
});
