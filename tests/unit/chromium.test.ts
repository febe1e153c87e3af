import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs Node (the project's own) with only `env`, as a fresh shell on another machine would. */
const node = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, args, { env, encoding: 'utf8' });
const found = (env: Record<string, string>, which = 'chromiumPath') => node(['--input-type=module', '-e', `const found = await import('./scripts/browser.mjs'); console.log(found.${which} ?? 'none')`], env).stdout.trim();

describe('finding Chromium for the browser tests', () => {
  const bin = mkdtempSync(join(tmpdir(), 'bin-'));
  for (const name of ['chromium-browser', 'google-chrome']) {
    writeFileSync(join(bin, name), '#!/bin/sh\n');
    chmodSync(join(bin, name), 0o755);
  }
  const empty = mkdtempSync(join(tmpdir(), 'empty-'));

  it('finds it on PATH under the names Debian, Ubuntu and Google use, and CHROMIUM_PATH first', () => {
    expect(found({ PATH: bin })).toBe(join(bin, 'chromium-browser'));
    expect(found({ PATH: bin, CHROMIUM_PATH: join(bin, 'google-chrome') })).toBe(join(bin, 'google-chrome'));
    expect(found({ PATH: empty })).toBe('none');
  });

  it('prints the PDFs with the headless shell where it is installed, else with that Chromium', () => {
    const shell = mkdtempSync(join(tmpdir(), 'shell-'));
    writeFileSync(join(shell, 'chromium-headless-shell'), '#!/bin/sh\n');
    chmodSync(join(shell, 'chromium-headless-shell'), 0o755);
    expect(found({ PATH: `${bin}:${shell}` }, 'printerPath')).toBe(join(shell, 'chromium-headless-shell'));
    expect(found({ PATH: `${bin}:${shell}` })).toBe(join(bin, 'chromium-browser'));
    expect(found({ PATH: bin }, 'printerPath')).toBe(join(bin, 'chromium-browser'));
    expect(found({ PATH: empty }, 'printerPath')).toBe('none');
  });

  it('fails npm test in CI without it, saying how to install it', () => {
    const result = node(['scripts/test.mjs'], { PATH: empty, CI: 'true' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "✖ CI is set and no Chromium was found, so the browser tests cannot run. Install Chromium (Debian: sudo apt-get install -y chromium; Ubuntu: sudo snap install chromium) or Google Chrome, or set CHROMIUM_PATH to its binary.
      "
    `);
  });
});
