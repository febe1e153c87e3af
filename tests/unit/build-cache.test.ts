import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildCache, buildCacheUsage } from '../../src/data/build-cache.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  dirs.push(dir);
  return dir;
};

/** One build's use of a cache: what it gets for `key`, the cache saved as at the end of a build. */
function build(dir: string, name: string, dependsOn: string[], key: string, make: () => string, options?: { keepUnused?: boolean }) {
  const cache = new BuildCache(name, dependsOn, dir, options);
  const got = cache.get(key, make);
  cache.save();
  return got;
}

describe('citeproc output kept between builds', () => {
  it('gives a later build what an earlier one formatted, as long as nothing it depends on changed', () => {
    const dir = scratch();
    expect(build(dir, 'citeproc-da', ['style', 'works'], 'cluster a', () => '(Monrad, 2020)')).toBe('(Monrad, 2020)');
    expect(build(dir, 'citeproc-da', ['style', 'works'], 'cluster a', () => 'formatted again')).toBe('(Monrad, 2020)');
    expect(build(dir, 'citeproc-da', ['style', 'works, one corrected'], 'cluster a', () => '(Monrad, 2021)')).toBe('(Monrad, 2021)');
    expect(readdirSync(dir)).toHaveLength(1);
    expect(build(dir, 'citeproc-da', ['style', 'works'], 'cluster a', () => 'formatted again')).toBe('formatted again');
  });

  it("keeps a chapter's citations through builds that take the chapter from the MDX cache and never ask for them", () => {
    const dir = scratch();
    const keepUnused = true;
    build(dir, 'citeproc-en', ['works'], 'cluster in chapter a', () => '(Monrad, 2020)', { keepUnused });
    for (const other of ['bibliography', 'cluster in chapter b', 'bibliography', 'bibliography']) build(dir, 'citeproc-en', ['works'], other, () => 'formatted', { keepUnused });
    expect(build(dir, 'citeproc-en', ['works'], 'cluster in chapter a', () => 'formatted again', { keepUnused })).toBe('(Monrad, 2020)');
    expect(build(dir, 'citeproc-en', ['works, one corrected'], 'cluster in chapter a', () => '(Monrad, 2021)', { keepUnused })).toBe('(Monrad, 2021)');
  });

  it('keeps each language apart', () => {
    const dir = scratch();
    build(dir, 'citeproc-da', ['works'], 'bibliography', () => 'da');
    expect(build(dir, 'citeproc-en', ['works'], 'bibliography', () => 'en')).toBe('en');
    expect(readdirSync(dir).sort()).toEqual([expect.stringMatching(/^citeproc-da-/), expect.stringMatching(/^citeproc-en-/)]);
  });
});

describe('a build cache', () => {
  it('keeps what the last two builds used, so that two kinds of build take turns but edited pages do not pile up', () => {
    const dir = scratch();
    const records = (key: string) => build(dir, 'search-records', ['script'], key, () => `parsed ${key}`);
    records('page v1');
    records('page v2');
    expect(build(dir, 'search-records', ['script'], 'page v1', () => 'parsed again')).toBe('parsed page v1');
    records('page v3');
    records('page v2');
    expect(build(dir, 'search-records', ['script'], 'page v1', () => 'parsed again')).toBe('parsed again');
  });

  it('reports what a build made afresh and what it found, counting each entry once and each name once', () => {
    const dir = scratch();
    build(dir, 'usage-report', ['v1'], 'chapter a', () => 'compiled a');
    const opened = BuildCache.opened.length;
    const one = new BuildCache('usage-report', ['v1'], dir);
    const other = new BuildCache('usage-report', ['v1'], dir);
    one.get('chapter a', () => 'compiled again');
    one.get('chapter a', () => 'compiled again');
    one.get('chapter b', () => 'compiled b');
    other.get('chapter c', () => 'compiled c');
    expect(BuildCache.opened.length).toBe(opened + 2);
    expect(buildCacheUsage()).toContain('usage-report: 3 of 4 made afresh');
    // A cache without a folder (a unit test's) keeps nothing between builds and is not reported.
    new BuildCache('in-memory', [], undefined).get('x', () => 'y');
    expect(buildCacheUsage().some((line) => line.startsWith('in-memory'))).toBe(false);
  });
});
