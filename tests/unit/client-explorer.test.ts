import { describe, expect, it } from 'vitest';
import { filtersFrom, passes } from '../../src/client/explorer.ts';

const facets = ['informant', 'form', 'relation'];
// Form and relation are matched together on the quote's codings, as the list items carry them.
const quote = { informant: 'informant-1 informant-2', form: 'demokrati samskabelse', relation: 'supports hinders', codings: 'demokrati:supports samskabelse:hinders' } as Record<string, string>;

describe('quote explorer filters from the URL', () => {
  it('reads the filters it has and ignores every other parameter', () => {
    const filters = filtersFrom(new URLSearchParams('utm_source=x&fbclid=y&__proto__=z&constructor=1&informant=informant-2'), facets);
    expect([...filters]).toEqual([['informant', 'informant-2']]);
    expect(passes((f) => quote[f], filters)).toBe(true);
  });

  it('shows every quote for parameters that are not filters, including __proto__', () => {
    for (const search of ['utm_source=newsletter', 'fbclid=abc', '__proto__=x', 'informant=', 'toString=1']) {
      const filters = filtersFrom(new URLSearchParams(search), facets);
      expect(filters.size, search).toBe(0);
      expect(passes((f) => quote[f], filters), search).toBe(true);
    }
  });

  it('needs every chosen value, matching whole values only', () => {
    expect(passes((f) => quote[f], filtersFrom(new URLSearchParams('informant=informant-1&form=demokrati'), facets))).toBe(true);
    expect(passes((f) => quote[f], filtersFrom(new URLSearchParams('informant=informant-1&form=forbrug'), facets))).toBe(false);
    expect(passes((f) => quote[f], filtersFrom(new URLSearchParams('informant=informant'), facets))).toBe(false);
  });

  it('matches a form with its relation on the same coding', () => {
    expect(passes((f) => quote[f], filtersFrom(new URLSearchParams('form=samskabelse&relation=hinders'), facets))).toBe(true);
    expect(passes((f) => quote[f], filtersFrom(new URLSearchParams('form=demokrati&relation=hinders'), facets))).toBe(false);
    expect(passes((f) => quote[f], filtersFrom(new URLSearchParams('relation=supports'), facets))).toBe(true);
  });
});
