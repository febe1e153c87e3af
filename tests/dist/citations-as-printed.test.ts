import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { locatorWords } from '../../src/i18n/bibliographic-fields.ts';
import { builtPages } from './site.ts';

const data = readThesisData('content');
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The source as one line: page numbers dropped, line breaks as spaces. */
const source = squeeze(
  readFileSync('tests/fixtures/source-pdf.txt', 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
    .join(' '),
);
/** A parenthesis in the source that holds a year, "u.å" or a work without either (Borger.dk). */
const printedCitation = /\((?:[^()]|\([^()]*\))*?(?:\d{4}|u\.\s?å|Borger\.dk)[^()]*\)/g;
const occurrences = (text: string, part: string) => text.split(part).length - 1;

const chapters = (lang: 'da' | 'en') =>
  builtPages()
    .filter((p) => p.file.startsWith(`${lang}/`) && select('article.chapter', p.tree))
    .map((p) => ({ slug: p.file.split('/')[1], article: select('article.chapter', p.tree)! }));

describe('citations in the Danish edition read as the thesis printed them', () => {
  const danish = chapters('da').flatMap(({ slug, article }) => selectAll('.citation', article).map((c) => ({ slug, text: squeeze(toString(c)) })));

  it('prints each citation exactly as the source does', () => {
    expect(danish.length).toBeGreaterThan(100);
    const differing = danish.filter(({ text }) => !source.includes(text));
    expect(differing, 'citations not in the source as printed').toEqual([]);
  });

  it('has no citation the thesis lacks, and lacks none it has', () => {
    const counts = new Map<string, number>();
    for (const { text } of danish) counts.set(text, (counts.get(text) ?? 0) + 1);
    for (const [text, count] of counts) expect(count, `${text} appears more often than in the source`).toBeLessThanOrEqual(occurrences(source, text));
    expect(danish.length).toBe([...source.matchAll(printedCitation)].length);
  });

  it('keeps every cited work a link to its entry', () => {
    for (const { article } of chapters('da')) {
      for (const citation of selectAll('.citation', article)) {
        const links = selectAll('a.cite[data-cite]', citation);
        expect(links.length, toString(citation)).toBeGreaterThan(0);
        for (const link of links) expect(data.references.has(String(link.properties.dataCite))).toBe(true);
      }
    }
  });
});

describe('citations in the English edition keep what the thesis printed', () => {
  const bySlug = (lang: 'da' | 'en') => new Map(chapters(lang).map(({ slug, article }) => [slug, selectAll('a.cite[data-cite]', article)]));
  const danish = bySlug('da');
  const english = bySlug('en');
  const digits = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
  /** The locator part of a printed citation: what follows the year or "u.å". */
  const locatorPart = (text: string) => text.split(/\d{4}|u\.å\.?/).slice(1).join(' ');

  it('cites the same works in the same order, with the same numbers, suffix letters and locator words', () => {
    for (const [slug, da] of danish) {
      const en = english.get(slug) ?? [];
      expect(en.map((c) => c.properties.dataCite), slug).toEqual(da.map((c) => c.properties.dataCite));
      da.forEach((cite: Element, i) => {
        const printed = toString(cite);
        const rendered = toString(en[i]);
        const where = `${slug}: ${printed} → ${rendered}`;
        expect(digits(rendered), where).toEqual(digits(printed));
        const suffix = data.references.get(String(cite.properties.dataCite))!.custom.suffix;
        if (suffix) expect(rendered, where).toMatch(new RegExp(`(\\d{4}|n\\.d\\.-)${suffix}\\b`));
        for (const word of Object.values(locatorWords)) {
          if (new RegExp(`\\b${word.da}\\b`, 'i').test(locatorPart(printed))) expect(rendered, where).toMatch(new RegExp(`\\b${word.en}\\b`));
        }
      });
    }
  });
});
