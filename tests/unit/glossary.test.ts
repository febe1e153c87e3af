import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { site } from '../../src/site.config.ts';

const data = readThesisData('content');
const englishFiles = ['content/en', 'content/forms/en']
  .filter(existsSync)
  .flatMap((dir) => readdirSync(dir).map((f) => `${dir}/${f}`))
  // The abstract is the authors' own English, kept word for word.
  .filter((file) => file !== 'content/en/abstract.mdx');
const englishTexts = [
  ...englishFiles.map((file) => ({ where: file, text: readFileSync(file, 'utf8') })),
  ...[...data.quotes.values()].flatMap((q) =>
    q.turns.filter((t) => !t.lang).map((t, i) => ({ where: `quote ${q.id} turn ${i + 1}`, text: t.text.en })),
  ),
  ...[...data.informants.values()].map((i) => ({ where: `informant ${i.id}`, text: [i.role?.en, i.description?.en].join(' ') })),
];

describe('the English edition uses the glossary’s terms consistently', () => {
  for (const term of data.glossary.values()) {
    if (!term.avoid.length) continue;
    it(`${term.da} is always “${term.en}”`, () => {
      const pattern = new RegExp(`(?<![\\p{L}-])(${term.avoid.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}-])`, 'iu');
      const found = englishTexts.filter(({ text }) => pattern.test(text)).map(({ where, text }) => `${where}: “${text.match(pattern)![0]}”`);
      expect(found).toEqual([]);
    });
  }

  it('every glossary term is used in the English edition', () => {
    const all = englishTexts.map((t) => t.text.toLowerCase()).join(' ');
    expect([...data.glossary.values()].filter((term) => !term.match.some((m) => all.includes(m.toLowerCase()))).map((t) => t.id)).toEqual([]);
  });
});

describe('the site title speaks in the glossary’s terms', () => {
  it('renders every glossary term in the Danish working title with its English term', () => {
    const used = [...data.glossary.values()].filter((term) => site.title.da.toLowerCase().includes(term.da.toLowerCase()));
    expect(used.map((t) => t.id)).toContain('virksomhedsrettede-indsatser');
    expect(used.filter((term) => !site.title.en.toLowerCase().includes(term.en.toLowerCase())).map((t) => `${t.da} → ${t.en}`)).toEqual([]);
  });
});

describe('every glossary entry rests on the thesis or on a named source', () => {
  // Compared without line breaks, hyphenation at line ends or typographic quotes, which extraction varies.
  const flat = (text: string) => text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').replace(/[“”„»«"]/g, '"');
  const source = flat(readFileSync('tests/fixtures/source-pdf.txt', 'utf8'));

  for (const term of data.glossary.values()) {
    it(`${term.da}: the thesis prints what the entry quotes, in the chapter it names`, () => {
      const chapter = `content/da/${term.thesis.chapter}.mdx`;
      expect(existsSync(chapter), `${term.id} names chapter ${chapter}`).toBe(true);
      expect(source).toContain(flat(term.thesis.printed));
      const quotes = `content/quotes/${term.thesis.chapter}.yaml`;
      const chapterText = flat(readFileSync(chapter, 'utf8') + (existsSync(quotes) ? readFileSync(quotes, 'utf8') : ''));
      expect(chapterText).toContain(flat(term.thesis.printed));
    });

    it(`${term.da}: an explanation the thesis does not give names its source in both languages`, () => {
      expect(term.thesis.says ?? term.editorial).toBeDefined();
      for (const text of [term.thesis.says, term.editorial?.says, term.editorial?.source, term.discrepancy]) {
        if (text) expect(text.en, `${term.id} has Danish without English`).not.toBe('');
      }
    });
  }
});
