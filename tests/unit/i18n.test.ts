import { describe, expect, it } from 'vitest';
import da from '../../src/i18n/da.ts';
import en from '../../src/i18n/en.ts';
import { langOfPath } from '../../src/i18n/ui.ts';
import { listIn } from '../../src/i18n/sentence.ts';

describe('UI strings', () => {
  it('has the same keys in Danish and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    for (const strings of [da, en]) expect(Object.values(strings).filter((s) => !s.trim())).toEqual([]);
  });

  it('tells a content file’s language from its path', () => {
    expect(langOfPath('/x/content/da/indledning.mdx')).toBe('da');
    expect(langOfPath('/x/content/forms/en/demokrati.mdx')).toBe('en');
    expect(langOfPath('/x/docs/notes.md')).toBeUndefined();
  });
});

describe('lists in running text', () => {
  it('are written as each language writes them (the authors, the changes between versions)', () => {
    expect(listIn('da', ['Hansen', 'Jensen', 'Nielsen'])).toBe('Hansen, Jensen og Nielsen');
    expect(listIn('en', ['Hansen', 'Jensen', 'Nielsen'])).toBe('Hansen, Jensen, and Nielsen');
    expect(listIn('da', ['Hansen'])).toBe('Hansen');
  });
});
