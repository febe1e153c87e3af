// Benchmark (not a test): what a build costs (CPU, wall time per phase, peak memory), and per
// page kind the bytes a reader downloads, the search index and its query times.
// Usage: npm run bench [-- --no-build] [-- --runs 3] [-- --peer /tmp/peer] [-- --cold | --revision] [-- --double] [-- --lighthouse]
// With --peer, the peer project (already built once) is built the same way, alternating with
// ours run by run, so that both meet the same load on a shared machine. With --cold every build
// starts without caches, as on a fresh clone. With --revision each measured build follows a
// build of the unchanged project and rebuilds it with a new sentence in one paragraph per language
// (scripts/revise-content.mjs), as an author's push does. With --double a copy of the project with twice the
// thesis (scripts/double-content.mjs) is built the same way, to see how the build grows. With
// --lighthouse, Lighthouse (mobile, its defaults; fetched by npx) scores the main page kinds, served
// compressed as a static host serves them.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { measureBuild, median, summarize } from './build-cost.mjs';
import { doubleContent } from './double-content.mjs';
import { reviseContent } from './revise-content.mjs';

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

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const peer = option('--peer');
const runs = Number(option('--runs') ?? (peer ? 3 : 1));
const cold = process.argv.includes('--cold');
const revision = process.argv.includes('--revision');
const doubled = process.argv.includes('--double') ? join(tmpdir(), 'thesis-doubled') : undefined;
if (doubled) doubleContent('.', doubled);

if (!process.argv.includes('--no-build')) {
  const projects = { ours: '.', ...(doubled && { 'ours, content doubled': doubled }), ...(peer && { peer }) };
  const results = Object.fromEntries(Object.keys(projects).map((name) => [name, []]));
  const load = [loadavg()[0]];
  for (let run = 0; run < runs; run++) {
    // ABBA order, so neither build always follows the other's heat.
    const order = run % 2 ? Object.keys(projects).reverse() : Object.keys(projects);
    for (const name of order) {
      if (!revision) {
        results[name].push(measureBuild(projects[name], {}, { cold }));
        continue;
      }
      measureBuild(projects[name]);
      const undo = reviseContent(projects[name]);
      try {
        results[name].push(measureBuild(projects[name]));
      } finally {
        undo();
      }
    }
    load.push(loadavg()[0]);
  }
  console.log(`${cold ? 'cold ' : revision ? 'revision ' : ''}build, median of ${runs} run(s)${peer ? ', interleaved with the peer' : ''}; ${cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' → ')}`);
  console.log('(CPU time is steadier than wall time when the machine is shared; wall time grows with the load)');
  const summaries = Object.fromEntries(Object.entries(results).map(([name, list]) => [name, summarize(list)]));
  for (const [name, { cpu, machineCpu, wall, peakMb, phases, each }] of Object.entries(summaries)) {
    console.log(`\n${name}: ${cpu.toFixed(1)} s CPU (user+sys), ${machineCpu.toFixed(1)} s CPU of the whole machine, ${wall.toFixed(1)} s wall, ${peakMb.toFixed(0)} MB peak RSS`);
    for (const [phase, ms] of Object.entries(phases)) console.log(`  ${phase}: ${(ms / 1000).toFixed(2)} s`);
    console.log(`  runs: ${each.join('; ')}`);
  }
  if (doubled) {
    const { ours, 'ours, content doubled': twice } = summaries;
    console.log(`\ncontent doubled / ours: ${(twice.cpu / ours.cpu).toFixed(2)}× CPU (${(twice.machineCpu / ours.machineCpu).toFixed(2)}× by the whole machine's CPU), ${(twice.wall / ours.wall).toFixed(2)}× wall`);
  }
  if (summaries.peer) {
    const { ours, peer: theirs } = summaries;
    console.log(`\nours / peer: ${(ours.cpu / theirs.cpu).toFixed(2)}× CPU (${(ours.machineCpu / theirs.machineCpu).toFixed(2)}× by the whole machine's CPU), ${(ours.wall / theirs.wall).toFixed(2)}× wall, ${(ours.peakMb / theirs.peakMb).toFixed(2)}× peak memory`);
    // Each run against the peer's run beside it: the machine's speed drifts over minutes, and a
    // pair shares its drift, so the spread of these says how far the medians above can be trusted.
    const paired = (key) => results.ours.map((run, i) => run[key] / results.peer[i][key]);
    const spread = (ratios) => `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`;
    console.log(`run by run: ${spread(paired('cpu'))} CPU, ${spread(paired('machineCpu'))} by the whole machine's CPU`);
  }
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
  if (process.argv.includes('--lighthouse')) await lighthouse();
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

/** Lighthouse's mobile performance score and its metrics per page kind, both languages. */
async function lighthouse() {
  const { chromiumPath } = await import('./browser.mjs');
  if (!chromiumPath) return console.log('\nLighthouse: skipped, no Chromium');
  const { serveDist } = await import('./serve-dist.mjs');
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  // Not spawnSync: the server answering Lighthouse runs in this process.
  const run = promisify(execFile);
  const { server, url } = await serveDist({ base: process.env.BASE_PATH ?? '/' });
  const scratch = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  console.log('\nLighthouse, mobile performance (FCP, LCP, TBT, CLS)');
  for (const path of ['da/', 'en/', 'da/analysedel-1/', 'en/analysedel-1/', 'da/citater/', 'en/quotes/', 'da/soeg/', 'en/search/']) {
    const out = join(scratch, 'report.json');
    try {
      await run('npx', ['--yes', 'lighthouse', url + path, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox'], {
        env: { ...process.env, CHROME_PATH: chromiumPath },
      });
    } catch (error) {
      console.log(`  /${path}: Lighthouse failed: ${String(error.stderr ?? error).trim().split('\n').pop()}`);
      continue;
    }
    const { categories, audits } = JSON.parse(readFileSync(out, 'utf8'));
    const metric = (id) => audits[id].displayValue.replace(/\u00a0/g, ' ');
    console.log(`  /${path}: ${Math.round(categories.performance.score * 100)} (${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(metric).join(', ')})`);
  }
  rmSync(scratch, { recursive: true });
  server.close();
}
