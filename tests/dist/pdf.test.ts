// The PDF of each edition, read back with pdf.js: headings, text, outline, page count, links.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printerPath } from '../../scripts/browser.mjs';
import { base, builtPages, dist, page } from './site.ts';

/** The chapters of an edition in thesis order, from their frontmatter. */
function chapters(lang: string) {
  const dir = join('content', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), ...(parse(readFileSync(join(dir, f), 'utf8').split('---')[1]) as { title: string; order: number }) }))
    .sort((a, b) => a.order - b.order);
}

/** Letters and digits only, lower case: hyphenation, line breaks and ligatures do not matter. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

async function readPdf(file: string) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages: string[] = [];
  let internalLinks = 0;
  const externalLinks: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const content = await p.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    for (const a of await p.getAnnotations()) {
      if (a.subtype !== 'Link') continue;
      if (a.dest) internalLinks++;
      else if (a.url) externalLinks.push(a.url);
    }
  }
  const outline = [];
  for (const item of (await doc.getOutline()) ?? []) {
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
    outline.push({ title: item.title, page: dest ? (await doc.getPageIndex(dest[0])) + 1 : 0 });
  }
  const { info } = (await doc.getMetadata()) as { info: { Title?: string; Language?: string } };
  return { pages, outline, info, internalLinks, externalLinks };
}

const editions = builtPages()
  .map((p) => ({ p, article: select('article.print-edition', p.tree) }))
  .filter(({ article }) => article)
  .map(({ p, article }) => ({ printPage: p, lang: String(select('html', p.tree)!.properties.lang), pdf: String(article!.properties.dataPdf) }));

describe.skipIf(!printerPath)('the PDF of each edition', { timeout: 120_000 }, () => {
  it('is made for both editions and linked from every page under the base path', () => {
    expect(editions.map((e) => e.lang).sort()).toEqual(['da', 'en']);
    for (const { lang, pdf } of editions) {
      expect(pdf.startsWith(`${base}${lang}/`)).toBe(true);
      expect(existsSync(join(dist, pdf.slice(base.length)))).toBe(true);
      const linking = builtPages().filter((p) => select('html', p.tree)!.properties.lang === lang && !selectAll(`a[href="${pdf}"]`, p.tree).length);
      expect(linking.map((p) => p.url)).toEqual([]);
    }
  });

  for (const { lang, pdf, printPage } of editions) {
    describe(lang, () => {
      const read = readPdf(join(dist, pdf.slice(base.length)));
      const expected = chapters(lang);

      it('has one bookmark per chapter, in order, each on the page where the chapter starts', async () => {
        const { outline, pages } = await read;
        const titles = outline.map((o) => o.title.replace(/\s+/g, ' '));
        expect(titles.slice(1, -1)).toEqual(expected.map((c) => c.title));
        const starts = outline.map((o) => o.page);
        expect([...starts].sort((a, b) => a - b)).toEqual(starts);
        for (const [i, chapter] of expected.entries()) expect(letters(pages[starts[i + 1] - 1])).toContain(letters(chapter.title));
      });

      it('holds a sentence from each chapter within that chapter, and the contents give its page', async () => {
        const { outline, pages } = await read;
        const contents = letters(pages[1]);
        for (const [i, chapter] of expected.entries()) {
          const first = String(toString(select('.prose > p', page(`${lang}/${chapter.slug}/`).tree)!));
          const sentence = first.split(/(?<=[.?!])\s/)[0];
          const from = outline[i + 1].page;
          const to = outline[i + 2].page;
          expect(letters(pages.slice(from - 1, to).join(' '))).toContain(letters(sentence));
          expect(contents).toContain(letters(chapter.title) + from);
        }
      });

      it('has a page count in line with the length of its text', async () => {
        const { pages } = await read;
        // A full A4 page at 11 pt holds roughly 2,000 to 4,000 characters of running text, quote
        // cards and references; each chapter starts on a new page, leaving up to one page blank.
        const characters = toString(select('article.print-edition', printPage.tree)!).replace(/\s+/g, ' ').length;
        expect(pages.length).toBeGreaterThanOrEqual(Math.floor(characters / 4000));
        expect(pages.length).toBeLessThanOrEqual(Math.ceil(characters / 2000) + expected.length + 2);
      });

      it('states its title and language, keeps its links inside the book, and has selectable text', async () => {
        const { info, internalLinks, externalLinks, pages } = await read;
        expect(info.Title).toBe(toString(select('title', printPage.tree)!));
        expect(info.Language).toBe(lang);
        expect(internalLinks).toBeGreaterThan(50);
        expect(externalLinks.filter((u) => /127\.0\.0\.1|localhost/.test(u))).toEqual([]);
        expect(pages.join('').length).toBeGreaterThan(100_000);
      });
    });
  }
});
