// How much of the authors' text the Danish edition carries: the share of the source's 6-word
// runs (citations and page numbers left out of both sides) found on the built Danish pages.
// Usage: node scripts/fidelity.mjs   (after a build; BASE_PATH as built)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { remove } from 'unist-util-remove';
import { toString } from 'hast-util-to-string';
import { builtSiteDir } from './serve-dist.mjs';

const RUN = 6;
const citation = /\((?=[^()]*(\d{4}|u\.\s?å))[^()]*\)/g;
const words = (text) => text.toLowerCase().replace(citation, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
const runs = (list) => list.slice(0, Math.max(0, list.length - RUN + 1)).map((_, i) => list.slice(i, i + RUN).join(' '));

export function sourceRuns(file = 'tests/fixtures/source-pdf.txt') {
  const text = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
    .join(' ')
    .replace(/-\s+(?=\p{Lu}|kommune)/gu, '-');
  return runs(words(text));
}

/** The words a reader of the Danish chapters sees, chapter by chapter, without citations or chrome. */
export function editionWords(dist = join(builtSiteDir, 'da')) {
  const all = [];
  for (const slug of readdirSync(dist).sort()) {
    const file = join(dist, slug, 'index.html');
    if (!existsSync(file)) continue;
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const article = selectAll('article.chapter', tree)[0];
    if (!article) continue;
    remove(article, (node) => node.type === 'element' && (
      (node.properties.className ?? []).some((c) => ['citation', 'chapter-references', 'pagination', 'chapter-part', 'working-question', 'quote-permalink', 'quote-placed'].includes(c))
    ));
    all.push(...words(toString(article).replace(citation, ' ')));
    all.push('¶');
  }
  return all;
}

export function fidelity() {
  const source = sourceRuns();
  const built = new Set(runs(editionWords()));
  const missing = source.filter((r) => !built.has(r));
  return { total: source.length, found: source.length - missing.length, share: (source.length - missing.length) / source.length, missing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { total, found, share, missing } = fidelity();
  console.log(`fidelity: ${found} of ${total} six-word runs of the source are on the built Danish pages (${(share * 100).toFixed(2)}%)`);
  if (process.argv.includes('--missing')) {
    let last = -2;
    const source = sourceRuns();
    const missingSet = new Set(missing);
    source.forEach((r, i) => {
      if (!missingSet.has(r)) return;
      if (i !== last + 1) console.log('—', r);
      last = i;
    });
  }
}
