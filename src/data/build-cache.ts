import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a slow, pure step of the build (citeproc, the MDX parser, search records) made in earlier
 * builds, kept by everything it depends on: a build redoes only what changed. One file per cache
 * name, holding what the last two processes used (a test build with a base path and a plain build
 * take turns without redoing each other's work); a cache whose dependencies changed replaces the
 * old file when the process ends. Without a directory (unit tests) it keeps what it made in memory only.
 */
export class BuildCache {
  /** Every cache this process opened with a folder (kept on globalThis: the build loads this module more than once). */
  static readonly opened: BuildCache[] = ((globalThis as { __buildCaches?: BuildCache[] }).__buildCaches ??= []);

  private saved: Record<string, unknown> = {};
  /** Keys this process asked for, and those it made rather than found (for the build's report; not reset by `save`). */
  private asked = new Set<string>();
  private made = new Set<string>();
  /** What the last process used: kept one process more even if this one does not use it. */
  private lastUsed = new Set<string>();
  private added = false;
  private used = new Set<string>();
  private file?: string;

  private readonly saveOnExit = () => this.save();
  private readonly name: string;
  private readonly dir?: string;
  private readonly keepUnused: boolean;

  /**
   * With `keepUnused`, entries stay until something the cache depends on changes, even if no
   * recent build asked for them: for output that other caches hold in turn (a cited work's
   * formatting inside a chapter's compiled MDX), which is asked for again only when that chapter is.
   */
  constructor(name: string, dependsOn: string[], dir?: string, { keepUnused = false } = {}) {
    this.name = name;
    this.dir = dir;
    this.keepUnused = keepUnused;
    if (!dir) return;
    const hash = createHash('sha256');
    for (const part of dependsOn) hash.update(part).update('\0');
    const file = (this.file = join(dir, `${name}-${hash.digest('hex').slice(0, 24)}.json`));
    try {
      if (existsSync(file)) {
        const { recent, older } = JSON.parse(readFileSync(file, 'utf8')) as Record<'recent' | 'older', Record<string, unknown>>;
        this.saved = { ...older, ...recent };
        this.lastUsed = new Set(Object.keys(recent));
      }
    } catch {
      this.saved = {}; // a damaged or older-format cache file is made afresh
    }
    process.once('exit', this.saveOnExit);
    BuildCache.opened.push(this);
  }

  /** Whether something is saved for `key` (for work that is made asynchronously, before `get`). */
  has(key: string): boolean {
    return Object.hasOwn(this.saved, key);
  }

  /** What was saved for `key`, or what `make` returns, saved. */
  get<T>(key: string, make: () => T): T {
    this.used.add(key);
    this.asked.add(key);
    if (Object.hasOwn(this.saved, key)) return this.saved[key] as T;
    const made = make();
    this.saved[key] = made;
    this.made.add(key);
    this.added = true;
    return made;
  }

  /** How many entries this process used, and how many of them it had to make. */
  get usage(): { name: string; used: number; made: number } {
    return { name: this.name, used: this.asked.size, made: this.made.size };
  }

  /**
   * Writes what this process and the one before it used, so that an edited page's old output does
   * not pile up, and replaces the cache's older files (done when the process ends, or once before).
   */
  save() {
    process.off('exit', this.saveOnExit);
    if (!this.dir || !this.file) return;
    const entries = Object.entries(this.saved);
    const used = (key: string) => this.keepUnused || this.used.has(key);
    const recent = Object.fromEntries(entries.filter(([key]) => used(key)));
    const older = Object.fromEntries(entries.filter(([key]) => !used(key) && this.lastUsed.has(key)));
    const unchanged = !this.added && Object.keys(recent).length === this.lastUsed.size && Object.keys(older).length === 0;
    if (unchanged) return;
    mkdirSync(this.dir, { recursive: true });
    for (const old of readdirSync(this.dir)) if (old.startsWith(`${this.name}-`)) rmSync(join(this.dir, old));
    writeFileSync(this.file, JSON.stringify({ recent, older }));
    this.saved = { ...older, ...recent };
    this.lastUsed = new Set(Object.keys(recent));
    this.used = new Set();
    this.added = false;
  }
}

/**
 * What the build took from its caches and what it worked out afresh, one line per cache, e.g.
 * "mdx: 2 of 40 made afresh". Caches of the same name (one per module instance) count together.
 */
export function buildCacheUsage(): string[] {
  const byName = new Map<string, { used: number; made: number }>();
  for (const { usage } of BuildCache.opened) {
    const sum = byName.get(usage.name) ?? { used: 0, made: 0 };
    byName.set(usage.name, { used: sum.used + usage.used, made: sum.made + usage.made });
  }
  return [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, { used, made }]) => `${name}: ${made} of ${used} made afresh`);
}

/**
 * The text of files in the project, read from its folder (the build's working directory, where
 * content/ is read too): a cache's key names the code it ran by its source, and the citation
 * engine reads its style and locales. Both the config and the pages' bundle load the modules
 * that call this, so no path relative to a module would do.
 */
export const projectText = (...paths: string[]) => paths.map((path) => readFileSync(path, 'utf8')).join('\n');

/**
 * The lockfile's text: the versions of every package a cached step ran (parsers, pagefind).
 * Without one (a copy without it), nothing is kept between builds: the versions are unknown.
 */
export const lockfile = existsSync('package-lock.json') ? readFileSync('package-lock.json', 'utf8') : undefined;

/** The folder every cache of the build lives under; deleting it is always safe. */
export const cacheRoot = join('node_modules', '.cache');

/** Where the build keeps a BuildCache; none in unit tests, which make everything afresh. */
export const buildCacheDir = (name: string) => (process.env.VITEST ? undefined : join(cacheRoot, name));
