import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../../scripts/browser.mjs';
import { builtSiteDir, serveDist } from '../../scripts/serve-dist.mjs';
import { versionsManifest } from '../../src/versions/manifest.ts';

// Builds one tagged version with build:versions in a clone of this repository's HEAD, under the
// sub-path the suite uses. To save a second full build, the latest site is the suite's own dist/
// (built just before, from the same code) with the manifest the latest build would write for
// the clone. The tag's lockfile is today's, so its node_modules are hard-linked from this
// checkout instead of installed again.
const projectRoot = process.cwd();
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const tag = 'proeve';
let repo: string;
let browser: Browser;
let origin: string;
let close: () => void;

const npm = (script: string, env: Record<string, string> = {}) =>
  spawnSync('npm', ['run', script], { cwd: repo, encoding: 'utf8', env: { ...process.env, BASE_PATH: base, ...env } });

beforeAll(async () => {
  repo = join(mkdtempSync(join(tmpdir(), 'versions-build-')), 'repo');
  execFileSync('git', ['clone', '-q', projectRoot, repo]);
  execFileSync('git', ['-c', 'user.name=Forfatter', '-c', 'user.email=forfatter@example.org', 'tag', '-a', tag, '-m', 'Prøveversion til testen.'], { cwd: repo });
  execFileSync('cp', ['-al', join(projectRoot, 'node_modules'), join(repo, 'node_modules')]);
  cpSync(join(projectRoot, builtSiteDir), join(repo, builtSiteDir), { recursive: true });
  writeFileSync(join(repo, builtSiteDir, 'v', 'versions.json'), JSON.stringify(versionsManifest(repo)));
  const result = npm('build:versions');
  if (result.status !== 0) throw new Error(`npm run build:versions failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  if (!chromiumPath) return;
  const served = await serveDist({ dir: join(repo, builtSiteDir), base });
  origin = served.origin;
  close = () => served.server.close();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  close?.();
  if (repo) rmSync(join(repo, '..'), { recursive: true, force: true });
});

const versionPage = (path: string) => readFileSync(join(repo, builtSiteDir, 'v', tag, path, 'index.html'), 'utf8');

describe('a tagged version', () => {
  it('says which version it is, is not indexed, and names the same page in the latest version as canonical', () => {
    const html = versionPage('da/analysedel-1');
    expect(html).toContain('Du læser version proeve af specialet fra');
    expect(html).toContain('Prøveversion til testen.');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html.match(/<link rel="canonical"[^>]*>/g)).toEqual(['<link rel="canonical" href="/speciale/da/analysedel-1/">']);
    expect(html).toMatch(/<a href="\/speciale\/da\/analysedel-1\/">Læs siden i den nyeste version<\/a>/);
  });

  it('is cited as that version, with its date', () => {
    const citation = versionPage('en').match(/<p class="cite-this-text">([\s\S]*?)<\/p>/)?.[1] ?? '';
    expect(citation).toContain(`(Version ${tag})`);
    const bibtex = readFileSync(join(repo, builtSiteDir, 'v', tag, 'en', 'citation.bib'), 'utf8');
    expect(bibtex).toMatch(new RegExp(`version\\s*=\\s*\\{${tag}\\}`));
  });

  it('links to the latest site for the versions pages, which a version does not carry', () => {
    expect(versionPage('da/analysedel-1')).toContain(`href="${base}da/versioner/"`);
    expect(() => versionPage('da/versioner')).toThrow();
  });

  it('is built once: a second run reuses the cached build', () => {
    const again = npm('build:versions');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`version ${tag}:`);
    expect(again.stdout).not.toContain('built in');
  });

  it('fails with the tag and the reason when it cannot be built', () => {
    execFileSync('git', ['checkout', '-q', '--detach'], { cwd: repo });
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'broken', private: true, scripts: {} }));
    execFileSync('git', ['-c', 'user.name=F', '-c', 'user.email=f@example.org', 'commit', '-qam', 'No build script'], { cwd: repo });
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    execFileSync('git', ['checkout', '-q', '-'], { cwd: repo });
    const manifestFile = join(repo, builtSiteDir, 'v', 'versions.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.versions = [{ ...manifest.versions[0], tag: 'kaputt', commit }];
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const result = npm('build:versions');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`version "kaputt" (${commit.slice(0, 12)}) could not be built: npm run build failed`);
    expect(result.stderr).toContain('Missing script: "build"');
  });
});

describe.skipIf(!chromiumPath)('a tagged version in the browser', () => {
  async function open(path: string) {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    await page.goto(`${origin}${base}v/${tag}/${path}`);
    return Object.assign(page, { failed }) as Page & { failed: string[] };
  }

  it('loads its own CSS under the base path', async () => {
    const page = await open('da/analysedel-1/');
    const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.href).map((s) => [s.href, s.cssRules.length] as const));
    expect(sheets.length).toBeGreaterThan(0);
    for (const [href, rules] of sheets) {
      expect(new URL(href!).pathname).toMatch(new RegExp(`^${base}v/${tag}/`));
      expect(rules).toBeGreaterThan(0);
    }
    expect(page.failed).toEqual([]);
    await page.close();
  });

  it('switches language within the version', async () => {
    const page = await open('da/analysedel-1/');
    await page.click('[data-lang-switch]');
    await page.waitForURL(`**${base}v/${tag}/en/analysedel-1/`);
    await expect.poll(() => page.textContent('[data-version-banner]')).toContain('You are reading version proeve');
    await page.close();
  });

  it('stays out of the latest site’s search, which finds the latest text', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${base}da/soeg/`);
    await page.fill('#search-input', 'virksomhedspraktik');
    await page.waitForSelector('.search-results li a');
    const hrefs = await page.$$eval('.search-results li a', (links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${base}da/`));
    await page.close();
  });

  it('searches its own text and lands in the version', async () => {
    const page = await open('da/soeg/');
    await page.fill('#search-input', 'virksomhedspraktik');
    await page.waitForSelector('.search-results li a');
    const hrefs = await page.$$eval('.search-results li a', (links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${base}v/${tag}/da/`));
    expect(page.failed).toEqual([]);
    await page.close();
  });
});
