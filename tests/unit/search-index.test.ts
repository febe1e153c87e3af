import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, setIndexAside } from '../../src/integrations/search-index.ts';

const chapter = (lang: string, title: string, paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><article class="chapter" data-chapter="${title}"><h1>${title}</h1>${paragraphs.map((p, i) => `<p id="p-${i + 1}">${p}</p>`).join('')}</article></main></body></html>`;

function site(paragraph: string) {
  const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
  mkdirSync(join(dist, 'da', 'indledning'), { recursive: true });
  mkdirSync(join(dist, 'en', 'introduction'), { recursive: true });
  writeFileSync(join(dist, 'da', 'indledning', 'index.html'), chapter('da', 'Indledning', ['Borgerinddragelse i virksomhedsrettede indsatser.', paragraph]));
  writeFileSync(join(dist, 'en', 'introduction', 'index.html'), chapter('en', 'Introduction', ['Citizen participation in employer-based interventions.']));
  return dist;
}

const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .flatMap((name) => {
        try {
          return [[name, readFileSync(join(dir, name)).toString('base64')]];
        } catch {
          return []; // a folder
        }
      }),
  );

const made: string[] = [];
/** Where a test build keeps its last index between builds (the build's own is under node_modules/.cache). */
const aside = (dist: string) => join(dist + '-aside', 'pagefind');
afterAll(() => made.forEach((dir) => [dir, `${dir}-aside`].forEach((d) => rmSync(d, { recursive: true, force: true }))));

describe('the search index of a rebuilt site', () => {
  it('is the same, file for file, whether updated from the last build or written afresh', async () => {
    const rebuilt = site('Frontlinjemedarbejderen inddrager borgeren.');
    made.push(rebuilt);
    expect(await indexSite(rebuilt, aside(rebuilt))).toEqual({ count: 3, unchanged: false });
    // The next build: the index is set aside, the output folder emptied and the pages written again, one edited.
    setIndexAside(rebuilt, aside(rebuilt));
    const edited = site('Frontlinjemedarbejderen inddrager borgeren i planen.');
    made.push(edited);
    rmSync(join(rebuilt, 'da'), { recursive: true });
    cpSync(join(edited, 'da'), join(rebuilt, 'da'), { recursive: true });
    expect(await indexSite(rebuilt, aside(rebuilt))).toEqual({ count: 3, unchanged: false });

    const fresh = site('Frontlinjemedarbejderen inddrager borgeren i planen.');
    made.push(fresh);
    await indexSite(fresh, aside(fresh));
    expect(files(join(rebuilt, 'pagefind'))).toEqual(files(join(fresh, 'pagefind')));
  });

  it('is the last build’s index, untouched, when no page changed', async () => {
    const rebuilt = site('Frontlinjemedarbejderen inddrager borgeren.');
    made.push(rebuilt);
    await indexSite(rebuilt, aside(rebuilt));
    const before = files(join(rebuilt, 'pagefind'));
    setIndexAside(rebuilt, aside(rebuilt));
    expect(await indexSite(rebuilt, aside(rebuilt))).toEqual({ count: 3, unchanged: true });
    expect(files(join(rebuilt, 'pagefind'))).toEqual(before);
    // An index that is not where the last build left it is made again, whatever the record says.
    rmSync(join(rebuilt, 'pagefind'), { recursive: true });
    expect(await indexSite(rebuilt, aside(rebuilt))).toEqual({ count: 3, unchanged: false });
    expect(files(join(rebuilt, 'pagefind'))).toEqual(before);
  });
});
