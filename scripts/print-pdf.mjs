// Prints each edition's print page (/da/udskrift/, /en/print/: found by their data-pdf attribute)
// to the PDF it names, in Chromium. Two passes: the first lays the book out, its outline gives
// the page each chapter starts on, the second prints the contents with those page numbers
// (Chromium has no target-counter). A PDF is cached by the hash of its page and everything the
// page loads, so an unchanged thesis is not printed again.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtSiteDir } from './serve-dist.mjs';
import { chromiumPath, launchChromium } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const dist = builtSiteDir;
const cacheDir = join('node_modules', '.cache', 'print-pdf');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Print pages in dist/: the HTML file and the site path of the PDF it becomes. */
async function printPages() {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));
  const pages = [];
  for (const file of files) {
    const html = await readFile(join(dist, file), 'utf8');
    const pdf = html.match(/<article class="print-edition" data-pdf="([^"]+)"/)?.[1];
    if (pdf) pages.push({ file, html, path: base + file.replace(/index\.html$/, ''), pdf });
  }
  return pages;
}

/** The page and the local files it loads (styles, images, fonts named in its HTML), hashed. */
async function contentHash({ html }) {
  const hash = createHash('sha256').update(html).update(await readFile(new URL(import.meta.url)));
  const local = [...html.matchAll(/(?:href|src)="([^"#?]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith(base) && !u.endsWith('/') && !u.endsWith('.pdf'));
  for (const url of [...new Set(local)].sort()) {
    const file = join(dist, decodeURIComponent(url.slice(base.length)));
    if (existsSync(file)) hash.update(url).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 24);
}

/** The page (1-based) each top-level outline entry starts on: the title page, chapters, references. */
async function outlinePages(pdf) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages = [];
  for (const item of (await doc.getOutline()) ?? []) {
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
    pages.push(dest ? (await doc.getPageIndex(dest[0])) + 1 : undefined);
  }
  return { pages, count: doc.numPages };
}

const pdfOptions = { format: 'A4', outline: true, tagged: true, displayHeaderFooter: false, preferCSSPageSize: true, printBackground: false };

async function print(browser, origin, page) {
  // bypassCSP: the page's named-page rules are an inline style, which a strict CSP would block.
  const context = await browser.newContext({ bypassCSP: true });
  const tab = await context.newPage();
  await tab.goto(origin + page.path, { waitUntil: 'load' });
  await tab.evaluate(async (siteUrl) => {
    await document.fonts.ready;
    // A link to a page the book holds points into the book (a chapter's ids carry its slug, see
    // IdScope.astro); any other link of the site points at the online edition, or, without a
    // known address, is left as text: the local server's address means nothing in the PDF.
    for (const a of document.querySelectorAll('.print-edition a[href]')) {
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
  }, process.env.SITE_URL ?? '');
  const first = await tab.pdf(pdfOptions);
  const { pages } = await outlinePages(first);
  // Top-level outline entries are the page's h1 headings, in order; each heads a section whose id the contents name.
  const numbered = await tab.evaluate((starts) => {
    const sections = [...document.querySelectorAll('.print-edition h1')].map((h) => h.closest('section')?.id);
    let filled = 0;
    sections.forEach((id, i) => {
      const slot = id && document.querySelector(`[data-page-of="${id}"]`);
      if (slot && starts[i]) (slot.textContent = String(starts[i])), filled++;
    });
    return { filled, expected: document.querySelectorAll('[data-page-of]').length };
  }, pages);
  if (numbered.filled !== numbered.expected) throw new Error(`print-pdf: ${page.path}: page numbers for ${numbered.filled} of ${numbered.expected} contents entries; the outline did not match the headings`);
  const final = await tab.pdf(pdfOptions);
  await context.close();
  return final;
}

const pages = await printPages();
const target = (page) => join(dist, decodeURIComponent(page.pdf.slice(base.length)));

// `--check` (the deploy workflow): fail unless every edition's PDF is in dist/.
if (process.argv.includes('--check')) {
  const missing = pages.filter((page) => !existsSync(target(page))).map((page) => page.pdf);
  if (!pages.length || missing.length) {
    console.error(pages.length ? `PDF missing: ${missing.join(', ')}` : 'PDF missing: no print pages in dist/');
    process.exit(1);
  }
  console.log(`PDF: ${pages.map((page) => page.pdf).join(', ')} present`);
  process.exit(0);
}

const pending = [];
for (const page of pages) {
  // By the PDF's whole path, base included: a test build under /speciale/ and a plain build each keep theirs.
  const prefix = `${page.pdf.replace(/[^a-z0-9]+/gi, '-').replace(/^-/, '')}.`;
  const cached = join(cacheDir, `${prefix}${await contentHash(page)}.pdf`);
  if (existsSync(cached)) await copyFile(cached, target(page));
  else pending.push({ page, cached, prefix });
}

if (pending.length && !chromiumPath) {
  console.log(`PDF skipped: no Chromium to print ${pending.map((p) => p.page.pdf).join(', ')} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
} else if (pending.length) {
  const started = performance.now();
  const { server, origin } = await serveDist({ dir: dist, base });
  const browser = await launchChromium();
  try {
    for (const { page, cached, prefix } of pending) {
      const pdf = await print(browser, origin, page);
      // The cache keeps one print of each PDF: the latest.
      await mkdir(cacheDir, { recursive: true });
      for (const old of await readdir(cacheDir)) if (old.startsWith(prefix)) await rm(join(cacheDir, old));
      await writeFile(cached, pdf);
      await writeFile(target(page), pdf);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`PDF: printed ${pending.map((p) => p.page.pdf).join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
if (pages.length > pending.length) console.log(`PDF: ${pages.length - pending.length} unchanged, taken from the cache`);
