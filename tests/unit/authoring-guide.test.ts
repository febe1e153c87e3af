import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { guide } from '../../src/data/content-error.ts';

const guideText = readFileSync('docs/authoring.md', 'utf8');
/** The anchors of docs/authoring.md's own headings, code examples left out. */
const anchors = guideText
  .replace(/^```[\s\S]*?^```/gm, '')
  .split('\n')
  .filter((line) => /^#{1,6} /.test(line))
  .map((line) => slug(line.replace(/^#+ /, '')));

const sources = ['src', 'scripts'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs|astro)$/.test(f)).map((f) => join(dir, f)),
);

describe('error hints point into docs/authoring.md', () => {
  it('every section a hint names exists', () => {
    const named = sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/docs\/authoring\.md#([\w-]+)/g)].map((m) => `${file}: #${m[1]}`));
    const kinds = ['chapter', 'participation form', 'quote', 'informant', 'reference', 'glossary term', 'anything else'].map((what) => `guide('${what}'): ${guide(what).replace('docs/authoring.md', '')}`);
    expect(named.length).toBeGreaterThan(0);
    expect([...named, ...kinds].filter((entry) => !anchors.includes(entry.split('#').pop()!))).toEqual([]);
  });
});
