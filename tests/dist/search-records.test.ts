import { describe, expect, it } from 'vitest';
import { referenceRecords } from '../../src/search/records';
import { builtPages } from './site';

const kindOf = (record: { content: string }) => record.content.match(/data-pagefind-meta="kind:([a-z]+)"/)?.[1];

describe('search records of the site’s own pages', () => {
  it('gives each informant and form page one record of its own kind, and the print edition none', () => {
    for (const page of builtPages()) {
      const kinds = referenceRecords(page.html, page.url).map(kindOf);
      if (/\/(informanter|informants)\/[^/]+\/$/.test(page.url)) expect(kinds, page.url).toEqual(['informant']);
      else if (/\/(former|forms)\/[^/]+\/$/.test(page.url)) expect(kinds, page.url).toEqual(['form']);
      else if (/\/(udskrift|print)\/$/.test(page.url)) expect(kinds, page.url).toEqual([]);
    }
  });
});
