// What one `npm run build` costs: CPU (user + sys of every process it starts), wall time per
// phase and peak memory. Works for any Astro project, so our build and a peer's are measured
// the same way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build keeps inside node_modules/: Astro's content store, Vite's and our own caches. */
export const moduleCaches = ['.astro', '.cache', '.vite'];

/**
 * Builds the project in `dir` under GNU time (which sums the CPU of all waited-for
 * descendants) with Astro's own phase timer switched on (ASTRO_TIMER_PATH).
 * Astro writes its timer file as its last act, so the file's mtime splits Astro from what
 * the build script runs after it.
 * With `cold`, the project's caches are removed first.
 */
export function measureBuild(dir, env = {}, { cold = false } = {}) {
  // A cold build is what a fresh CI clone runs: no content-layer store, no Vite or build caches.
  if (cold) for (const cache of [...moduleCaches.map((name) => join('node_modules', name)), '.astro']) rmSync(join(dir, cache), { recursive: true, force: true });
  const scratch = mkdtempSync(join(tmpdir(), 'build-cost-'));
  const timeFile = join(scratch, 'time.txt');
  const timerFile = join(scratch, 'astro-timer.json');
  const machineBefore = machineCpuSeconds();
  const started = Date.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, 'npm', 'run', 'build'], {
    cwd: dir,
    env: { ...process.env, ...env, ASTRO_TIMER_PATH: timerFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  const ended = Date.now();
  const machineCpu = machineCpuSeconds() - machineBefore;
  if (result.status !== 0) throw new Error(`build in ${dir} failed:\n${result.stderr}`);
  const [wall, user, sys, maxRssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const stats = JSON.parse(readFileSync(timerFile, 'utf8'));
  const astroEnded = statSync(timerFile).mtimeMs;
  rmSync(scratch, { recursive: true });
  const ms = (name) => stats[name]?.elapsedTime ?? 0;
  const total = ms('Total build');
  const phases = {
    'start-up (node, config)': astroEnded - total - started,
    'content sync': ms('Sync content layer'),
    'bundle (MDX through the plugins, client JS)': ms('Prerender build') + ms('Client build'),
    'pages render': ms('Static generate'),
    'rest of astro (build:done hooks: our search index and PDFs, a peer’s pagefind)': total - ms('Sync content layer') - ms('Prerender build') - ms('Client build') - ms('Static generate'),
    ...ownSteps(result.stdout),
    'after astro (whatever the build script runs next)': ended - astroEnded,
  };
  return { cpu: user + sys, machineCpu, user, sys, wall, peakMb: maxRssKb / 1024, phases };
}

/**
 * The wall time of the steps our integrations time and log themselves, within "rest of astro":
 * the search index and the PDFs. A step that took nothing from its cache logs no time and is left
 * out, and so is a project (a peer) that logs neither.
 */
function ownSteps(log) {
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const steps = {};
  const index = text.match(/\[thesis-search-index\] .* in (\d+(?:\.\d+)?) s$/m);
  if (index) steps['  of which the search index'] = Number(index[1]) * 1000;
  const pdfs = text.match(/\[thesis-print-pdf\] printed .* in (\d+(?:\.\d+)?) s$/m);
  if (pdfs) steps['  of which the PDFs (printed)'] = Number(pdfs[1]) * 1000;
  return steps;
}

/**
 * CPU seconds the whole machine spent (all cores, /proc/stat), which also counts processes the
 * build starts but does not wait for (a search indexer's or a browser's helpers). On an idle
 * machine this is the build's own cost; GNU time's figure is a lower bound.
 */
function machineCpuSeconds() {
  try {
    const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq) / 100;
  } catch {
    return NaN;
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median of each figure over several runs, with every run's CPU and wall for the record. */
export function summarize(runs) {
  // A step missing from a run (the PDFs of a run that took them from the cache) took no time in it.
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  const phases = Object.fromEntries(names.map((name) => [name, median(runs.map((r) => r.phases[name] ?? 0))]));
  return {
    cpu: median(runs.map((r) => r.cpu)),
    machineCpu: median(runs.map((r) => r.machineCpu)),
    wall: median(runs.map((r) => r.wall)),
    peakMb: median(runs.map((r) => r.peakMb)),
    phases,
    each: runs.map((r) => `${r.cpu.toFixed(1)} s CPU (machine ${r.machineCpu.toFixed(1)} s) / ${r.wall.toFixed(1)} s wall`),
  };
}
