import { describe, expect, it } from 'vitest';
import { readCitation } from '../read-citation.ts';
import { citeThis, citationFile } from '../../src/cite-this/cite-this.ts';
import { cslName, type CitedWork, type PublicationFacts } from '../../src/cite-this/thesis-item.ts';
import { citationFormats, type CitationFormat } from '../../src/cite-this/formats.ts';
import { site } from '../../src/site.config.ts';
import { langs } from '../../src/i18n/ui.ts';
import da from '../../src/i18n/da.ts';
import en from '../../src/i18n/en.ts';

/** A configuration as the authors would fill it in once the facts are known. */
const known: PublicationFacts = {
  ...site,
  authors: ['Anne Sofie Jensen', 'Holm, Peter'],
  institution: 'Aalborg Universitet',
  year: '2024',
  url: 'https://example.org',
};
const notStated = { da: da['cite.authorNotStated'], en: en['cite.authorNotStated'] };
const formats = Object.keys(citationFormats) as CitationFormat[];
const works = langs.flatMap((lang): CitedWork[] => [
  { lang, path: `/speciale/${lang}/` },
  { lang, path: `/speciale/${lang}/metode/`, chapter: { slug: 'metode', title: 'Metodeafsnit', part: 'Videnskabsteori og metode' } },
]);

function parse(text: string, format: CitationFormat) {
  const items = readCitation(text, format);
  expect(items).toHaveLength(1);
  return items[0];
}

// The first test builds the APA engines and loads citation-js: slow on a busy machine.
describe('cite this thesis', { timeout: 60_000 }, () => {
  for (const work of works) {
    const label = `${work.lang} ${work.chapter ? 'chapter' : 'thesis'}`;

    for (const format of formats) {
      it(`${label}: ${citationFormats[format].label} holds every known fact`, () => {
        const item = parse(citationFile(work, format, known), format);
        expect(item.title).toBe(work.chapter ? work.chapter.title : known.title[work.lang]);
        if (work.chapter) expect(item['container-title']).toBe(known.title[work.lang]);
        expect(item.author).toEqual([
          { family: 'Jensen', given: 'Anne Sofie' },
          { family: 'Holm', given: 'Peter' },
        ]);
        expect(item.issued).toEqual({ 'date-parts': [[2024]] });
        expect(item.publisher).toBe('Aalborg Universitet');
        expect(item.URL).toBe(`https://example.org${work.path}`);
        expect(String(item.language)).toMatch(work.lang === 'da' ? /^da/ : /^en/);
      });

      it(`${label}: ${citationFormats[format].label} leaves out what is not known and says so`, () => {
        const empty = { ...site, authors: [], institution: '', year: '', url: '' };
        const item = parse(citationFile(work, format, empty), format);
        expect(item.author).toBeUndefined();
        expect(item.issued).toBeUndefined();
        expect(item.publisher).toBeUndefined();
        expect(item.URL).toBeUndefined();
        expect(item.note).toBe(notStated[work.lang]);
      });
    }

    it(`${label}: the APA 7 entry names the authors and year when known, "no date" otherwise`, () => {
      const { apa } = citeThis(work, known);
      expect(apa).toMatch(/^Jensen, A\. S\., &#38; Holm, P\. \(2024\)\./);
      expect(apa).toContain(`https://example.org${work.path}`);
      const unknown = citeThis(work, { ...site, authors: [], institution: '', year: '', url: '' });
      expect(unknown.authorNotStated).toBe(true);
      expect(unknown.apa).toContain(work.lang === 'da' ? '(u.å.)' : '(n.d.)');
    });
  }

  it('names a version and its date', () => {
    const work: CitedWork = { lang: 'en', path: '/v/1.0/en/', version: { tag: '1.0', date: '2025-03-14' } };
    expect(citeThis(work, known).apa).toContain('(Version 1.0)');
    const bib = parse(citationFile(work, 'bib', known), 'bib');
    expect(bib.version).toBe('1.0');
    const ris = citationFile(work, 'ris', known);
    expect(ris).toMatch(/^DA {2}- 2025\/03\/14\r$/m);
  });

  it('keeps LaTeX special characters in a title intact', () => {
    const title = 'Borgere & 100 % {ansvar} $ #1 ~ C_2';
    const item = parse(citationFile({ lang: 'da', path: '/da/' }, 'bib', { ...known, title: { da: title, en: title } }), 'bib');
    expect(item.title).toBe(title);
  });

  it('reads "Family, Given" as written and takes the last word of "Given Family" as the family name', () => {
    expect(cslName('Holm, Peter Emil')).toEqual({ family: 'Holm', given: 'Peter Emil' });
    expect(cslName('Anne Sofie Jensen')).toEqual({ family: 'Jensen', given: 'Anne Sofie' });
    expect(cslName('Plato')).toEqual({ family: 'Plato' });
  });
});
