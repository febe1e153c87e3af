// Benchmark (not a test): build time, and per page kind the bytes a reader downloads.
// Usage: npm run bench  [-- --no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const kinds = {
  'language picker': 'index.html',
  'home (da)': 'da/index.html',
  'chapter (da, Analysedel 1)': 'da/analysedel-1/index.html',
  'bibliography (da)': 'da/litteratur/index.html',
  'quotes explorer (da)': 'da/citater/index.html',
  'informant page (da)': 'da/informanter/informant-1/index.html',
  'form page (da)': 'da/former/demokrati/index.html',
  'search (da)': 'da/soeg/index.html',
};

if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`build (astro + pagefind): ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length, brotli: brotliCompressSync(text).length });
const fmt = ({ raw, gzip, brotli }) => `${kb(raw)} raw / ${kb(gzip)} gz / ${kb(brotli)} br`;
const read = (href) => readFileSync(join('dist', href.replace(/^\/(?:[^/]+\/)?(?=_astro|pagefind)/, '').replace(/^\//, '')), 'utf8');

const rows = [];
for (const [kind, file] of Object.entries(kinds)) {
  const path = join('dist', file);
  if (!existsSync(path)) continue;
  const html = readFileSync(path, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => read(m[1])).join('');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const js = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => read(m[1])),
    ...[...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
  ].join('');
  rows.push({ kind, html: sizes(html), css: sizes(css + inlineCss), js: sizes(js) });
}
for (const { kind, html, css, js } of rows) {
  console.log(`\n${kind}\n  HTML ${fmt(html)}\n  CSS  ${fmt(css)}\n  JS   ${fmt(js)}`);
}

const sizeOf = (dir, test) =>
  existsSync(dir) ? readdirSync(dir).filter(test).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) : 0;
if (existsSync('dist/pagefind/pagefind-entry.json')) {
  const { languages } = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
  console.log('\nsearch index per language');
  for (const [lang, { hash, page_count }] of Object.entries(languages)) {
    const prefix = (name) => name.startsWith(`${lang}_`) || name.includes(`.${hash}.`);
    const bytes = ['index', 'fragment', 'filter'].reduce((sum, dir) => sum + sizeOf(join('dist/pagefind', dir), prefix), 0) + sizeOf('dist/pagefind', prefix);
    console.log(`  ${lang}: ${page_count} records, ${kb(bytes)} (+ ${kb(sizeOf('dist/pagefind', (n) => n === `wasm.${lang}.pagefind`))} wasm, loaded once)`);
  }
  await queryTimes();
}

/** Time of a first query (loading the index) and of later ones, in headless Chromium. */
async function queryTimes() {
  const { chromiumPath, launchChromium } = await import('./browser.mjs');
  if (!chromiumPath) return console.log('  query times: skipped, no Chromium');
  const { serveDist } = await import('./serve-dist.mjs');
  const { server, origin } = await serveDist({ base: process.env.BASE_PATH ?? '/' });
  const browser = await launchChromium();
  const page = await browser.newPage();
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  for (const [lang, path, queries] of [
    ['da', `${base}da/soeg/`, ['virksomhedspraktik', 'frontlinjemedarbejderen borgeren', 'skadedyrsbekæmper', 'krydspres']],
    ['en', `${base}en/search/`, ['work placement', 'frontline worker citizen', 'pest control', 'cross-pressure']],
  ]) {
    await page.goto(origin + path);
    const times = await page.evaluate(`(async () => {
      const started = performance.now();
      const pf = await import('${base}pagefind/pagefind.js');
      await pf.init('${lang}');
      const out = [];
      for (const q of ${JSON.stringify(queries)}) {
        const t = performance.now();
        const r = await pf.search(q);
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        out.push(performance.now() - (out.length ? t : started));
      }
      return out;
    })()`);
    const later = times.slice(1);
    console.log(`  ${lang} query: first ${times[0].toFixed(0)} ms (loads the index), later ${Math.min(...later).toFixed(0)}–${Math.max(...later).toFixed(0)} ms`);
  }
  await browser.close();
  server.close();
}
