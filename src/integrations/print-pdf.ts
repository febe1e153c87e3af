// Prints each edition's print page (/da/udskrift/, /en/print/: found by their data-pdf attribute)
// to the PDF it names, in Chromium. Chromium has no target-counter, so the contents' page numbers
// come from the print's own outline (see `print`). A PDF is cached by the hash of its page and
// everything the page loads, so an unchanged thesis is not printed again and no browser starts.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { installChromium, printerPath } from '../../scripts/browser.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { cacheRoot, projectText } from '../data/build-cache.ts';
import { printedAs } from '../cite-this/print-edition.ts';
import { launchPrinter, type Printer } from './devtools-pipe.ts';

interface PrintPage {
  html: string;
  /** The page's address under the base path. */
  path: string;
  /** The PDF's address under the base path. */
  pdf: string;
}

const cacheDir = join(cacheRoot, 'print-pdf');
// The printer's own code, for the PDF cache's key: how a page is opened and printed is in it.
const printerSource = projectText('src/integrations/print-pdf.ts', 'src/integrations/devtools-pipe.ts');

/** Print pages in the built site: the HTML file and the site path of the PDF it becomes. */
async function printPages(dist: string, base: string): Promise<PrintPage[]> {
  const files = (await readdir(dist, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind')).sort();
  const pages: PrintPage[] = [];
  for (const file of files) {
    const html = await readFile(join(dist, file), 'utf8');
    const pdf = printedAs(html);
    if (pdf) pages.push({ html, path: base + file.replaceAll('\\', '/').replace(/index\.html$/, ''), pdf });
  }
  return pages;
}

/** The page and the local files it loads (styles, images, fonts named in its HTML), hashed. */
async function contentHash(dist: string, base: string, { html }: PrintPage): Promise<string> {
  const hash = createHash('sha256').update(html).update(printerSource);
  const local = [...html.matchAll(/(?:href|src)="([^"#?]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith(base) && !u.endsWith('/') && !u.endsWith('.pdf'));
  for (const url of [...new Set(local)].sort()) {
    const file = join(dist, decodeURIComponent(url.slice(base.length)));
    if (existsSync(file)) hash.update(url).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 24);
}

/** The page (1-based) each top-level outline entry starts on: the title page, chapters, references. */
async function outlinePages(pdf: Buffer): Promise<(number | undefined)[]> {
  // Required natively and only when printing: the build runs this after Vite's module runner has closed.
  const { getDocument } = createRequire(import.meta.url)('pdfjs-dist/legacy/build/pdf.mjs') as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: (number | undefined)[] = [];
  for (const item of (await doc.getOutline()) ?? []) {
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
    pages.push(dest ? (await doc.getPageIndex(dest[0])) + 1 : undefined);
  }
  return pages;
}

// A4 (in inches) where the page names no size; tagged for screen readers, with the headings as bookmarks.
const pdfOptions = { paperWidth: 8.27, paperHeight: 11.7, generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: false, preferCSSPageSize: true, printBackground: false };

/** The page numbers the contents print, by the id of the section each entry names. */
type ContentsPages = Record<string, number>;

/**
 * Prints the page with the contents' page numbers set to `guess`, and again with the pages the
 * print's own outline gives, until the two agree: a print whose contents name the pages its
 * chapters start on. The last print's numbers are the first guess, so a revision that moves no
 * chapter to another page is printed once; without a guess (a first build) it takes two prints.
 */
async function print(printer: Printer, origin: string, page: PrintPage, siteUrl: string, guess: ContentsPages): Promise<{ pdf: Buffer; pages: ContentsPages; prints: number }> {
  const tab = await printer.open(origin + page.path);
  try {
    await tab.evaluate(async (siteUrl) => {
      await document.fonts.ready;
      // A link to a page the book holds points into the book (a chapter's ids carry its slug, see
      // IdScope.astro); any other link of the site points at the online edition, or, without a
      // known address, is left as text: the local server's address means nothing in the PDF.
      for (const a of document.querySelectorAll<HTMLAnchorElement>('.print-edition a[href]')) {
        const url = new URL(a.href);
        if (url.origin !== location.origin || (url.pathname === location.pathname && url.hash)) continue;
        const slug = url.pathname.split('/').filter(Boolean).at(-1);
        const id = decodeURIComponent(url.hash.slice(1));
        const chapter = document.getElementById(`chapter-${slug}`);
        const target = chapter ? (id && document.getElementById(`${slug}--${id}`)) || chapter : id && document.getElementById(id);
        if (target) a.setAttribute('href', `#${target.id}`);
        else if (siteUrl) a.setAttribute('href', new URL(url.pathname + url.hash, siteUrl).href);
        else a.removeAttribute('href');
      }
    }, siteUrl);
    // Top-level outline entries are the page's h1 headings, in order; each heads a section whose id the contents name.
    const sections: (string | undefined)[] = await tab.evaluate(() => [...document.querySelectorAll('.print-edition h1')].map((h) => h.closest('section')?.id));
    const entries: string[] = await tab.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-page-of]')].map((slot) => slot.dataset.pageOf ?? ''));
    let printed = Object.fromEntries(entries.filter((id) => guess[id]).map((id) => [id, guess[id]]));
    for (let attempt = 1; ; attempt++) {
      await tab.evaluate((printed) => {
        for (const slot of document.querySelectorAll<HTMLElement>('[data-page-of]')) slot.textContent = String(printed[slot.dataset.pageOf ?? ''] ?? '');
      }, printed);
      const pdf = await tab.pdf(pdfOptions);
      const starts = await outlinePages(pdf);
      const found: ContentsPages = {};
      sections.forEach((id, i) => {
        if (id && starts[i] && entries.includes(id)) found[id] = starts[i];
      });
      const missing = entries.filter((id) => !found[id]);
      if (missing.length) throw new Error(`PDF: ${page.path}: no page found for the contents' ${missing.join(', ')}; the outline did not match the headings`);
      if (entries.every((id) => printed[id] === found[id])) return { pdf, pages: found, prints: attempt };
      // Numbers can move the pages they count (a longer number wraps a line); a third print settles it.
      if (attempt === 3) throw new Error(`PDF: ${page.path}: the contents' page numbers did not settle after ${attempt} prints`);
      printed = found;
    }
  } finally {
    await tab.close();
  }
}

/**
 * Writes each edition's PDF into the built site, from the cache where its page is unchanged.
 * Without Chromium the PDFs are left out, and the log says how to get one.
 */
export async function printEditions(dist: string, base: string, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>, siteUrl = '', cache = cacheDir): Promise<void> {
  const pages = await printPages(dist, base);
  const target = (page: PrintPage) => join(dist, decodeURIComponent(page.pdf.slice(base.length)));
  const pending: { page: PrintPage; cached: string; prefix: string }[] = [];
  for (const page of pages) {
    // By the PDF's whole path, base included: a test build under /speciale/ and a plain build each keep theirs.
    const prefix = `${page.pdf.replace(/[^a-z0-9]+/gi, '-').replace(/^-/, '')}.`;
    const cached = join(cache, `${prefix}${await contentHash(dist, base, page)}.pdf`);
    if (existsSync(cached)) await copyFile(cached, target(page));
    else pending.push({ page, cached, prefix });
  }
  if (pages.length > pending.length) logger.info(`${pages.length - pending.length} unchanged, taken from the cache`);
  if (!pending.length) return;
  if (!printerPath) {
    logger.warn(`skipped: no Chromium to print ${pending.map((p) => p.page.pdf).join(', ')}. ${installChromium}`);
    return;
  }
  const started = performance.now();
  const { server, origin } = await serveDist({ dir: dist, base });
  const printer = await launchPrinter(printerPath);
  let printed: string[] = [];
  try {
    await mkdir(cache, { recursive: true });
    // The editions print side by side, each in a renderer of its own: on two cores, in about the time of one.
    printed = await Promise.all(
      pending.map(async ({ page, cached, prefix }) => {
        const contents = join(cache, `${prefix}contents.json`);
        // A missing or damaged guess costs one print more, nothing else: every print is checked.
        const guess = await readFile(contents, 'utf8')
          .then((json) => JSON.parse(json) as ContentsPages)
          .catch(() => ({}));
        const { pdf, pages, prints } = await print(printer, origin, page, siteUrl, guess);
        // The cache keeps one print of each PDF, the latest, and the page numbers of its contents.
        for (const old of await readdir(cache)) if (old.startsWith(prefix)) await rm(join(cache, old), { force: true });
        await writeFile(cached, pdf);
        await writeFile(contents, JSON.stringify(pages));
        await writeFile(target(page), pdf);
        return `${page.pdf} (${prints === 1 ? 'one print' : `${prints} prints`})`;
      }),
    );
  } finally {
    await printer.close();
    server.close();
  }
  logger.info(`printed ${printed.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The PDF of each edition ships with every build, printed after the pages. */
export function printPdf(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'thesis-print-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => printEditions(fileURLToPath(dir), base, logger, site),
    },
  };
}
