import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a slow, pure step of the build (citeproc, the MDX parser, search records) made in earlier
 * builds, kept by everything it depends on: a build redoes only what changed. One file per cache
 * name, holding what the last process used; a cache whose dependencies changed replaces the old
 * file when the process ends. Without a directory (unit tests) it keeps what it made in memory only.
 */
export class BuildCache {
  private saved: Record<string, unknown> = {};
  private added = false;
  private used = new Set<string>();
  private file?: string;

  private readonly name: string;
  private readonly dir?: string;

  constructor(name: string, dependsOn: string[], dir?: string) {
    this.name = name;
    this.dir = dir;
    if (!dir) return;
    const hash = createHash('sha256');
    for (const part of dependsOn) hash.update(part).update('\0');
    const file = (this.file = join(dir, `${name}-${hash.digest('hex').slice(0, 24)}.json`));
    try {
      if (existsSync(file)) this.saved = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      this.saved = {}; // a damaged cache file is made afresh
    }
    process.once('exit', () => this.save());
  }

  /** What was saved for `key`, or what `make` returns, saved. */
  get<T>(key: string, make: () => T): T {
    this.used.add(key);
    if (Object.hasOwn(this.saved, key)) return this.saved[key] as T;
    const made = make();
    this.saved[key] = made;
    this.added = true;
    return made;
  }

  /**
   * Writes what this process used, so that an edited page's old output does not pile up, and
   * replaces the cache's older files (done when the process ends).
   */
  save() {
    const kept = Object.entries(this.saved).filter(([key]) => this.used.has(key));
    if (!this.dir || !this.file || (!this.added && kept.length === Object.keys(this.saved).length)) return;
    mkdirSync(this.dir, { recursive: true });
    for (const old of readdirSync(this.dir)) if (old.startsWith(`${this.name}-`)) rmSync(join(this.dir, old));
    writeFileSync(this.file, JSON.stringify(Object.fromEntries(kept)));
    this.saved = Object.fromEntries(kept);
    this.added = false;
  }
}

/** Where the build keeps its caches; none in unit tests, which make everything afresh. */
export const buildCacheDir = (name: string) => (process.env.VITEST ? undefined : join('node_modules', '.cache', name));
