// A working copy of the project elsewhere (for the benchmark's doubled thesis and the build tests):
// the files git knows of, as they are now, and the same packages, but caches of its own.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { moduleCaches } from './build-cost.mjs';

/** Copies the project at `from` into `to` (replaced), sharing its packages but not its caches. */
export function copyProject(from, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd: from, encoding: 'utf8' }).split('\0').filter((file) => file && existsSync(join(from, file)));
  for (const file of files) cpSync(join(from, file), join(to, file));
  // The caches (node_modules/.cache, .astro, .vite) are the copy's own, so that neither build
  // takes the other's cached work for its own.
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(resolve(from, 'node_modules'))) {
    if (!moduleCaches.includes(name)) symlinkSync(resolve(from, 'node_modules', name), join(to, 'node_modules', name));
  }
}
