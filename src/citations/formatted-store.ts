import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * citeproc's output from earlier builds, kept by everything it depends on (style, locale, every
 * work as citeproc gets it, citeproc's version): with an unchanged bibliography a build needs no
 * citeproc engine at all, and building one takes over a second. One file per store name (a
 * language); a store whose dependencies changed replaces the old file when the process ends.
 * Without a directory (unit tests) it keeps its output in memory only.
 */
export class FormattedStore {
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
      this.saved = {}; // a damaged cache file is formatted afresh
    }
    process.once('exit', () => this.save());
  }

  /** The saved output for `key`, or what `make` returns, saved. */
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
