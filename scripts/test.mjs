// Every test, in the order a failure is cheapest to find: unit and plugin tests, then a real
// build under a sub-path (as on GitHub Pages), then checks over dist/ and browser tests.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './browser.mjs';

const basePath = process.env.TEST_BASE_PATH ?? '/speciale/';
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

run('unit and plugin tests', 'npx', ['vitest', 'run', '--project', 'unit']);
run(`build under ${basePath}`, 'npm', ['run', 'build'], { BASE_PATH: basePath });
run('type check (TypeScript strict)', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('checks over dist/ and browser tests', 'npx', ['vitest', 'run', '--project', 'dist', '--project', 'browser'], { BASE_PATH: basePath });
run('versions: what changed between tags, and a tagged version built', 'npx', ['vitest', 'run', '--project', 'versions'], { BASE_PATH: basePath });
console.log('\n✔ all tests passed');
if (!chromiumPath) console.log('⚠ browser tests were skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)');
