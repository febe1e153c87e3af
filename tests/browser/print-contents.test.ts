// The contents of a printed edition name the pages its chapters start on, whatever the printer
// was told to expect: the last print's page numbers are only a first guess, which a revision
// that moves a chapter proves wrong.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printerPath } from '../../scripts/browser.mjs';
import { printEditions } from '../../src/integrations/print-pdf.ts';
import { base, dist } from '../dist/site.ts';

const scratch = mkdtempSync(join(tmpdir(), 'print-contents-'));
const site = join(scratch, 'site');
const cache = join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The PDFs in the copy of the built site, relative to it. */
const pdfs = () => readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf'));

/** Each bookmark's title and start page, and the letters of the contents page. */
async function contentsAndOutline(file: string) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const contents = (await (await doc.getPage(2)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
  const outline: { title: string; page: number }[] = [];
  for (const item of (await doc.getOutline()) ?? []) {
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
    outline.push({ title: item.title, page: dest ? (await doc.getPageIndex(dest[0])) + 1 : 0 });
  }
  return { contents: contents.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''), outline };
}

async function print() {
  const lines: string[] = [];
  await printEditions(site, base, { info: (line) => lines.push(line), warn: (line) => lines.push(line) }, '', cache);
  return lines.join('\n');
}

describe.skipIf(!printerPath)('printing an edition', () => {
  cpSync(dist, site, { recursive: true });

  it('corrects a wrong guess of the contents’ page numbers, and prints once when the guess is right', async () => {
    const first = await print();
    expect(first).toMatch(/\(2 prints\).*\(2 prints\)/);
    const guesses = readdirSync(cache).filter((f) => f.endsWith('contents.json'));
    expect(guesses).toHaveLength(2);

    // A revision that moved every chapter a page on, as far as the printer knows.
    for (const file of guesses) {
      const right = JSON.parse(readFileSync(join(cache, file), 'utf8')) as Record<string, number>;
      writeFileSync(join(cache, file), JSON.stringify(Object.fromEntries(Object.entries(right).map(([id, page]) => [id, page + 1]))));
    }
    for (const file of readdirSync(cache).filter((f) => f.endsWith('.pdf'))) rmSync(join(cache, file));
    expect(await print()).toMatch(/\(2 prints\).*\(2 prints\)/);
    for (const file of pdfs()) {
      const { contents, outline } = await contentsAndOutline(join(site, file));
      // The first bookmark is the title page; every other one is listed in the contents with its page.
      expect(outline.length).toBeGreaterThan(10);
      for (const { title, page } of outline.slice(1)) expect(contents).toContain(title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') + page);
    }

    for (const file of readdirSync(cache).filter((f) => f.endsWith('.pdf'))) rmSync(join(cache, file));
    expect(await print()).toMatch(/\(one print\).*\(one print\)/);
  });
});
