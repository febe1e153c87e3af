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

const dirSize = (dir) => readdirSync(dir).reduce((sum, name) => {
  const p = join(dir, name);
  return sum + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
}, 0);
if (existsSync('dist/pagefind')) {
  console.log('\nsearch index');
  for (const name of readdirSync('dist/pagefind').filter((n) => n.startsWith('pagefind-entry') || n === 'index')) console.log(`  ${name}`);
  console.log(`  total dist/pagefind: ${kb(dirSize('dist/pagefind'))}`);
}
