import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Astro imports astro.config.mjs with Node first and, only if that fails, quietly starts a Vite
// server to load it: about a third of a second of every build, for nothing.
describe('astro.config.mjs', () => {
  it('loads in Node by itself, with everything it imports', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
      encoding: 'utf8',
    });
    expect(
      run.status,
      `Node could not load the config:\n${run.stderr}\n` +
        'Name each relative import with its extension (./routes.ts, not ./routes), read data files with node:fs ' +
        "rather than a Vite import such as '?raw', and keep TypeScript to what Node can strip (no enums).",
    ).toBe(0);
    expect(run.stderr).toBe('');
  });
});
