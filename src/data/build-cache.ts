import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a slow, pure step of the build (citeproc, the MDX parser) made in earlier builds, kept by
 * everything it depends on: a build redoes only what changed. One file per cache name; a cache
 * whose dependencies changed replaces the old file when the process ends. Without a directory
 * (unit tests) it keeps what it made in memory only.
 */
export class BuildCache {
  private saved: Record<string, unknown> = {};
  private added = false;
  private file?: string;

  constructor(
    private readonly name: string,
    dependsOn: string[],
    private readonly dir?: string,
  ) {
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
    if (Object.hasOwn(this.saved, key)) return this.saved[key] as T;
    const made = make();
    this.saved[key] = made;
    this.added = true;
    return made;
  }

  /** Writes what was added, replacing the store's older files (done when the process ends). */
  save() {
    if (!this.added || !this.dir || !this.file) return;
    mkdirSync(this.dir, { recursive: true });
    for (const old of readdirSync(this.dir)) if (old.startsWith(`${this.name}-`)) rmSync(join(this.dir, old));
    writeFileSync(this.file, JSON.stringify(this.saved));
    this.added = false;
  }
}

/** Where the build keeps its caches; none in unit tests, which make everything afresh. */
export const buildCacheDir = (name: string) => (process.env.VITEST ? undefined : join('node_modules', '.cache', name));
