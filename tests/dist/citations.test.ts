import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { base, builtPages, page } from './site.ts';

const data = readThesisData('content');
const chapters = builtPages().filter((p) => /^da\/[^/]+\/index\.html$/.test(p.file) && select('article.chapter', p.tree));

describe('citations in the Danish edition', () => {
  const cites = chapters.flatMap((p) => selectAll('[data-cite]', p.tree).map((c) => ({ page: p, cite: c })));

  it('renders every citation as a link to its bibliography entry, with the entry on the page for the popover', () => {
    expect(cites.length).toBeGreaterThan(0);
    for (const { page: p, cite } of cites) {
      const key = String(cite.properties.dataCite);
      expect(data.references.has(key), key).toBe(true);
      expect(String(cite.properties.href)).toBe(`${base}da/litteratur/#ref-${key}`);
      expect(select(`#cited-${key} .csl-entry`, p.tree), `${p.url} lacks #cited-${key}`).toBeTruthy();
    }
  });

  it('behaves like a chapter on every page that cites, in both editions: each work listed on the page with its popover', () => {
    const citing = builtPages().filter((p) => selectAll('main a.cite[data-cite]', p.tree).length > 0);
    expect(citing.some((p) => /\/(former|forms)\/[^/]+\/index\.html$/.test(p.file)), 'participation-form pages cite').toBe(true);
    for (const p of citing) {
      // The print edition is a book: its reference list at the end holds every work, and paper has no popovers.
      const printed = Boolean(select('[data-pdf]', p.tree));
      for (const cite of selectAll('main a.cite[data-cite]', p.tree)) {
        const entry = printed ? `#ref-${cite.properties.dataCite}` : `#cited-${cite.properties.dataCite} .csl-entry`;
        expect(select(entry, p.tree), `${p.url} lacks the entry for ${cite.properties.dataCite}`).toBeTruthy();
      }
      if (!printed) expect(select('#cite-popover', p.tree), `${p.url} has no popover`).toBeTruthy();
    }
  });

  it('lists every work on the bibliography page with backlinks to each citing place', () => {
    const bibliography = page('/da/litteratur/');
    for (const key of data.references.keys()) {
      const entry = select(`#ref-${key}`, bibliography.tree);
      expect(entry, key).toBeTruthy();
      const backlinks = selectAll('.bib-backlinks a', entry!).length;
      expect(backlinks, key).toBe(cites.filter(({ cite }) => cite.properties.dataCite === key).length);
      // Their summary is one sentence with the count in the form the language uses for it.
      if (backlinks) expect(toText(select('.bib-backlinks summary', entry!)!), key).toBe(backlinks === 1 ? 'Citeret én gang' : `Citeret ${backlinks} gange`);
    }
    const english = page('/en/references/');
    const summaries = selectAll('.bib-backlinks summary', english.tree).map((s) => toText(s));
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) expect(summary).toMatch(/^Cited (once|([2-9]|\d{2,}) times)$/);
  });
});
