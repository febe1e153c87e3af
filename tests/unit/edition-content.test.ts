import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import da from '../../src/i18n/da.ts';
import en from '../../src/i18n/en.ts';

// The source as one line: page numbers dropped, line-end hyphenation kept as printed, spaces collapsed.
const source = readFileSync('tests/fixtures/source-pdf.txt', 'utf8')
  .split('\n')
  .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
  .join(' ')
  .replace(/\s+/g, ' ');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('informant descriptions are the Metodeafsnit’s own words', () => {
  const informants = parse(readFileSync('content/informants.yaml', 'utf8')) as { id: string; description?: { da: string } }[];

  for (const { id, description } of informants.filter((i) => i.description)) {
    it(`${id}: the Danish description stands verbatim in the thesis`, () => {
      expect(source).toContain(oneLine(description!.da));
    });
  }
});

describe('content and UI text speak of the thesis, not of how the edition was made', () => {
  // Words from the making of the edition that a reader has no use for.
  const production = [/\bseeds?\b/i, /\bextract(ed|ion)\b/i, /\bPDF text\b/i, /translation pass/i, /search budget/i, /\blooked up\b/i, /\bstored sources?\b/i, /\bengineers?\b/i, /\bLLM\b/, /\bAI\b/, /\bgenerated\b/i, /\bmachine[- ]translat/i, /\bgenereret\b/i, /\bmaskinoversat/i];
  const files = [
    ...readdirSync('content', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx?|ya?ml|json)$/.test(f)).map((f) => join('content', f)),
  ];

  it('reads some content', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(file, 'utf8');
      expect(production.filter((word) => word.test(text)).map(String)).toEqual([]);
    });
  }

  for (const [lang, strings] of Object.entries({ da, en })) {
    it(`src/i18n/${lang}.ts`, () => {
      const text = Object.values(strings).join('\n');
      expect(production.filter((word) => word.test(text)).map(String)).toEqual([]);
    });
  }
});

describe('the English edition names borgerinddragelsesform as the glossary does', () => {
  const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; en: string }[];
  const term = glossary.find((entry) => entry.id === 'borgerinddragelsesform')!.en;
  const english = [
    ['src/i18n/en.ts', Object.values(en).join('\n')],
    ...['content/en', 'content/forms/en'].flatMap((dir) => readdirSync(dir).map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')])),
    ['content/edition/en.mdx', readFileSync('content/edition/en.mdx', 'utf8')],
  ];

  it(`the glossary's English term is "${term}"`, () => {
    expect(term).toBe('form of participation');
  });

  for (const [file, text] of english) {
    it(`${file} says "${term}", not "participation form"`, () => {
      expect(text.match(/participation forms?\b/gi) ?? []).toEqual([]);
    });
  }
});
