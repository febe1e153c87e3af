import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/data/build-cache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  dirs.push(dir);
  return dir;
};

describe('citeproc output kept between builds', () => {
  it('gives a later build what an earlier one formatted, as long as nothing it depends on changed', () => {
    const dir = scratch();
    const first = new BuildCache('citeproc-da', ['style', 'works'], dir);
    expect(first.get('cluster a', () => '(Monrad, 2020)')).toBe('(Monrad, 2020)');
    first.save();

    const unchanged = new BuildCache('citeproc-da', ['style', 'works'], dir);
    expect(unchanged.get('cluster a', () => 'formatted again')).toBe('(Monrad, 2020)');

    const edited = new BuildCache('citeproc-da', ['style', 'works, one corrected'], dir);
    expect(edited.get('cluster a', () => '(Monrad, 2021)')).toBe('(Monrad, 2021)');
    edited.save();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(new BuildCache('citeproc-da', ['style', 'works'], dir).get('cluster a', () => 'formatted again')).toBe('formatted again');
  });

  it('keeps each language apart', () => {
    const dir = scratch();
    const da = new BuildCache('citeproc-da', ['works'], dir);
    da.get('bibliography', () => 'da');
    da.save();
    const en = new BuildCache('citeproc-en', ['works'], dir);
    expect(en.get('bibliography', () => 'en')).toBe('en');
    en.save();
    expect(readdirSync(dir).sort()).toEqual([expect.stringMatching(/^citeproc-da-/), expect.stringMatching(/^citeproc-en-/)]);
  });
});

describe('a build cache', () => {
  it('keeps only what the last build used, so that edited pages do not pile up', () => {
    const dir = scratch();
    const first = new BuildCache('search-records', ['script'], dir);
    first.get('page v1', () => 'old records');
    first.save();
    const second = new BuildCache('search-records', ['script'], dir);
    expect(second.get('page v2', () => 'new records')).toBe('new records');
    second.save();
    expect(new BuildCache('search-records', ['script'], dir).get('page v1', () => 'parsed again')).toBe('parsed again');
  });
});
