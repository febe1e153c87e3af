// Every test, in the order a failure is cheapest to find: unit and plugin tests, then a real
// build under a sub-path (as on GitHub Pages), then checks over that build and browser tests.
// The test build goes to .test-dist/, so the author's dist/ (what `npm run preview` serves) is left alone.
import { spawnSync } from 'node:child_process';
import { chromiumPath, installChromium } from './browser.mjs';

const basePath = process.env.TEST_BASE_PATH ?? '/speciale/';
const testDist = '.test-dist';
const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
};

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node ${process.versions.node} runs this; the project's own Node 22 is missing. Run "npm install" (not --ignore-scripts) or "npm rebuild node".`);
  process.exit(1);
}
// In CI a suite without its browser tests proves too little to publish on.
if (process.env.CI && !chromiumPath) {
  console.error(`✖ CI is set and no Chromium was found, so the browser tests cannot run. ${installChromium}`);
  process.exit(1);
}

run('unit and plugin tests', 'npx', ['vitest', 'run', '--project', 'unit']);
run(`build under ${basePath} into ${testDist}/`, 'npm', ['run', 'build'], { BASE_PATH: basePath, DIST_DIR: testDist });
// astro check type-checks .astro components and their scripts as well as .ts; the build has just synced the content types.
run('type check (TypeScript strict, .astro included)', 'npx', ['astro', 'check', '--noSync']);
run(`checks over ${testDist}/ and browser tests`, 'npx', ['vitest', 'run', '--project', 'dist', '--project', 'browser'], { BASE_PATH: basePath, DIST_DIR: testDist });
run('versions: what changed between tags, and a tagged version built', 'npx', ['vitest', 'run', '--project', 'versions'], { BASE_PATH: basePath, DIST_DIR: testDist });
run('builds: a revision rebuilds only what it reaches, an unchanged project nothing, the live preview shows changed content (copies of the project)', 'npx', ['vitest', 'run', '--project', 'builds']);
console.log('\n✔ all tests passed');
if (!chromiumPath) console.log(`⚠ browser tests were skipped: no Chromium found. ${installChromium}`);
