// Builds every tagged version into dist/v/<tag>/ from that tag's own code and lockfile, after
// the latest site is built (it lists the versions in dist/v/versions.json). Tags do not change,
// so each is built once and kept in .cache/versions/<tag>-<commit>/; its pages get the version
// banner as they are copied. A version that cannot be built stops this with the tag and why.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { withBanner } from './version-banner.mjs';
import { builtSiteDir } from './serve-dist.mjs';

const root = process.cwd();
const dist = resolve(builtSiteDir);
const cache = resolve('.cache/versions');
const manifestFile = join(dist, 'v', 'versions.json');

class VersionError extends Error {}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', ...options });
  if (result.status !== 0) {
    const reason = (result.stderr || result.error?.message || '').trim().split('\n').slice(-15).join('\n');
    throw new VersionError(`${command} ${args.join(' ')} failed${reason ? `:\n${reason}` : ''}`);
  }
  return result;
}

const lockHash = (dir) => createHash('sha256').update(readFileSync(join(dir, 'package-lock.json'))).digest('hex').slice(0, 16);

/**
 * node_modules for a tag's lockfile. Installs are kept by lockfile hash for the run and hard-linked
 * in, so versions that share a lockfile (and the latest, when the tag's lockfile is today's) install once.
 * Build caches (.astro, .vite, .cache) are left out: a build writes them, and a hard link would share them.
 */
function installModules(work) {
  const hash = lockHash(work);
  const cached = join(cache, 'node_modules', hash);
  const source = existsSync(cached) ? cached : existsSync(join(root, 'node_modules')) && lockHash(root) === hash ? join(root, 'node_modules') : undefined;
  if (source) {
    run('cp', ['-al', realpathSync(source), join(work, 'node_modules')]);
  } else {
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: work });
    mkdirSync(dirname(cached), { recursive: true });
    run('cp', ['-al', join(work, 'node_modules'), cached]);
  }
  for (const own of ['.astro', '.vite', '.cache']) rmSync(join(work, 'node_modules', own), { recursive: true, force: true });
}

/** The tag's built site, from the cache or built now from the tag's own tree. */
function builtVersion({ tag, commit, date }, base) {
  const dir = join(cache, `${tag}-${commit.slice(0, 12)}`);
  const site = join(dir, 'site');
  const stamp = join(dir, 'built-for.json');
  const builtFor = JSON.stringify({ base, siteUrl: process.env.SITE_URL ?? '' });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === builtFor) return site;

  const work = join(dir, 'work');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const archive = run('git', ['archive', '--format=tar', commit], { cwd: root, encoding: 'buffer', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  run('tar', ['-x', '-C', work], { input: archive.stdout, stdio: ['pipe', 'inherit', 'pipe'] });
  installModules(work);
  const started = Date.now();
  // The tag builds into its own dist/, whatever this build's DIST_DIR.
  const { DIST_DIR: _ours, ...env } = process.env;
  run('npm', ['run', 'build'], { cwd: work, env: { ...env, BASE_PATH: `${base}v/${tag}/`, SITE_VERSION: tag, SITE_VERSION_DATE: (date ?? '').slice(0, 10) } });
  console.log(`version ${tag}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  renameSync(join(work, 'dist'), site);
  rmSync(work, { recursive: true, force: true });
  writeFileSync(stamp, builtFor);
  return site;
}

/** Copies a built version into dist/v/<tag>/, every page with its banner. */
function publish({ tag, banner }, site, manifest) {
  const out = join(dist, 'v', tag);
  const prefix = `${manifest.base}v/${tag}/`;
  rmSync(out, { recursive: true, force: true });
  const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  const latestOnly = (path) => manifest.latestOnly.some((only) => path.startsWith(only));
  const inLatest = (path) => existsSync(join(dist, path, 'index.html'));
  // Links to the pages only the latest site has (the versions pages) go to the latest site.
  const relink = (href) => (href.startsWith(prefix) && latestOnly(href.slice(prefix.length)) ? manifest.base + href.slice(prefix.length) : href);
  for (const file of files) {
    const path = join(file.parentPath, file.name).slice(site.length + 1);
    if (latestOnly(path)) continue;
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    if (!path.endsWith('.html')) {
      cpSync(join(site, path), target);
      continue;
    }
    const page = path.replace(/index\.html$/, '');
    const lang = page.split('/')[0];
    const latest = inLatest(page) ? page : inLatest(`${lang}/`) ? `${lang}/` : '';
    const latestHref = `${manifest.base}${latest}`;
    const canonical = manifest.site ? new URL(latestHref, manifest.site).href : latestHref;
    writeFileSync(target, withBanner(readFileSync(join(site, path), 'utf8'), { banner, latestHref, canonical, relink }));
  }
  return files.length;
}

if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} is missing: run "npm run build" before "npm run build:versions".`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
if (manifest.versions.length === 0) console.log('No version has been tagged yet (or this is a shallow clone): nothing to build.');
for (const version of manifest.versions) {
  try {
    const site = builtVersion(version, manifest.base);
    const count = publish(version, site, manifest);
    console.log(`version ${version.tag}: ${count} files in ${join(dist, 'v', version.tag)}`);
  } catch (error) {
    console.error(`\n✖ version "${version.tag}" (${version.commit.slice(0, 12)}) could not be built: ${error.message}`);
    process.exit(1);
  }
}
// Installs serve only this run's builds (a built version is kept, not rebuilt), so they are not
// kept in the cache that CI carries from deploy to deploy.
rmSync(join(cache, 'node_modules'), { recursive: true, force: true });
