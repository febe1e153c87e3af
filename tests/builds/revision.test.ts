// What an author's revision costs: a build after one paragraph per edition changed works out
// again only what that paragraph reaches (its chapter, its pages, the PDFs), a build after the
// revision is undone takes everything from the caches, and a build of an unchanged project does no
// work of its own at all. The builds run in a copy of the project with caches of its own,
// starting from none, as on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { printerPath } from '../../scripts/browser.mjs';
import { copyProject } from '../../scripts/copy-project.mjs';
import { reviseContent } from '../../scripts/revise-content.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'revision-'));
const project = join(scratch, 'project');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the copy and returns, per cache, how many entries the build made afresh and used. */
function build() {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, DIST_DIR: 'dist', BASE_PATH: '/', SITE_URL: '', VITEST: undefined },
  });
  // Astro colours its log where it thinks a terminal or CI shows it (CI is set in CI).
  const log = stripVTControlCharacters(result.stdout + result.stderr);
  if (result.status !== 0) throw new Error(`npm run build failed in ${project}:\n${log.slice(-3000)}`);
  const line = log.split('\n').find((l) => l.includes('[thesis-build-cache]')) ?? '';
  const caches = Object.fromEntries([...line.matchAll(/([\w-]+): (\d+) of (\d+) made afresh/g)].map(([, name, made, used]) => [name, { made: Number(made), used: Number(used) }]));
  const prints = [...log.matchAll(/\.pdf \((one print|\d prints)\)/g)].map((m) => m[1]);
  const searchIndexKept = /\[thesis-search-index\] .*as in the last build/.test(log);
  const pdfsKept = /\[thesis-print-pdf\] 2 unchanged, taken from the cache/.test(log);
  return { caches, prints, searchIndexKept, pdfsKept };
}

/** The contents' page numbers each PDF was last printed with, in the order the build prints the PDFs. */
function contentsPages() {
  const dir = join(project, 'node_modules', '.cache', 'print-pdf');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('contents.json'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe('a revision', () => {
  copyProject(process.cwd(), project);

  it('compiles the revised chapters only, formats no citation again, prints each PDF once unless a chapter moved; an unchanged project is rebuilt from its caches', () => {
    const first = build();
    const firstPages = contentsPages();
    expect(Object.keys(first.caches).sort()).toEqual(['citeproc-da', 'citeproc-en', 'mdx', 'mdx-trees', 'search-records']);
    for (const [name, { made, used }] of Object.entries(first.caches)) expect(made, name).toBe(used);

    const undo = reviseContent(project);
    let revised: ReturnType<typeof build>;
    try {
      revised = build();
    } finally {
      undo();
    }
    const { mdx, 'mdx-trees': trees, 'citeproc-da': da, 'citeproc-en': en, 'search-records': records } = revised.caches;
    // One chapter per edition, compiled and parsed again; every other chapter from the cache.
    expect(mdx).toEqual({ made: 2, used: first.caches.mdx.used });
    expect(trees).toEqual({ made: 2, used: first.caches['mdx-trees'].used });
    // The revised English chapter's citations are formatted already, by the bundle that compiled them before.
    expect(da.made).toBe(0);
    expect(en.made).toBe(0);
    expect(en.used).toBeGreaterThan(0);
    // Pages whose HTML the paragraph reaches are indexed again: its chapter, the print page and the
    // page listing what changed, in each language; not the whole site.
    expect(records.made).toBeGreaterThanOrEqual(2);
    expect(records.made).toBeLessThan(records.used / 4);
    // Printed once, with the last print's page numbers, unless the sentence moved a chapter to
    // another page (then the first print proves them wrong and a second one is made).
    const revisedPages = contentsPages();
    if (printerPath) expect(revised.prints).toEqual(firstPages.map((pages, i) => (pages === revisedPages[i] ? 'one print' : '2 prints')));

    expect(revised.searchIndexKept).toBe(false);

    const undone = build();
    for (const [name, { made }] of Object.entries(undone.caches)) expect(made, name).toBe(0);
    if (printerPath) expect(undone.prints).toEqual(revisedPages.map((pages, i) => (pages === firstPages[i] ? 'one print' : '2 prints')));

    const unchanged = build();
    for (const [name, { made }] of Object.entries(unchanged.caches)) expect(made, name).toBe(0);
    expect(unchanged.searchIndexKept).toBe(true);
    if (printerPath) expect(unchanged.pdfsKept).toBe(true);
  });

  it("formats no citation again when one cited chapter is revised after another (their citations were formatted by the first build's compile)", () => {
    const asked = build().caches['citeproc-en'].used;
    for (const chapter of ['analysedel-1', 'analysedel-3']) {
      const undo = reviseContent(project, chapter);
      let revised: ReturnType<typeof build>;
      try {
        revised = build();
      } finally {
        undo();
      }
      expect(revised.caches.mdx.made, chapter).toBe(2);
      // The revised chapter's citations are asked for again, and all are found.
      expect(revised.caches['citeproc-en'].used, chapter).toBeGreaterThan(asked);
      expect(revised.caches['citeproc-en'].made, chapter).toBe(0);
      expect(revised.caches['citeproc-da'].made, chapter).toBe(0);
    }
  });
});
