import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { langs } from '../i18n/languages.ts';
import { BuildCache, buildCacheDir, cacheRoot, lockfile, projectText } from '../data/build-cache.ts';
import { pageRecords, type SearchRecord } from '../search/records.ts';

// The record rules with the labels they give (the type filter's), and this module (pagefind's
// options), for the caches' keys.
const rules = projectText('src/search/records.ts', ...langs.map((lang) => `src/i18n/${lang}.ts`));
const indexerSource = projectText('src/integrations/search-index.ts');

/**
 * Builds the search index (pagefind) into `<dist>/pagefind` from the built pages of each
 * language. A page's records depend on its HTML, the record rules and the HTML parser (the
 * lockfile): an unchanged page is not parsed again. When no page's records changed, the last
 * build's index is the index, and pagefind does not run at all.
 */
export async function indexSite(dist: string, kept = keptIndex(dist)): Promise<{ count: number; unchanged: boolean }> {
  const cache = new BuildCache('search-records', [rules, lockfile ?? ''], lockfile ? buildCacheDir('search-index') : undefined);
  const records: SearchRecord[] = [];
  // Everything the index is made from: the rules, this file (pagefind's options), the packages
  // and each page's records, by their key.
  const digest = createHash('sha256').update(rules).update(indexerSource).update(lockfile ?? '');
  for (const lang of langs) {
    const dir = join(dist, lang);
    if (!existsSync(dir)) continue;
    const files = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('index.html')).sort();
    for (const file of files) {
      const html = await readFile(join(dir, file), 'utf8');
      // pagefind.js puts the site's base path in front of these URLs itself.
      const url = `/${lang}/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`;
      const key = `${url} ${createHash('sha256').update(html).digest('hex')}`;
      records.push(...cache.get<SearchRecord[]>(key, () => pageRecords(html, url)));
      digest.update(`${key}\n`);
    }
  }
  cache.save();
  const made = digest.digest('hex');
  const out = join(dist, 'pagefind');
  const keptDigest = `${kept}.digest`;
  // The last build's index, kept aside while Astro emptied the output folder (see searchIndex).
  const last = existsSync(kept) && !existsSync(out) && existsSync(keptDigest) ? readFileSync(keptDigest, 'utf8') : undefined;
  if (last === made) {
    renameSync(kept, out);
    return { count: records.length, unchanged: true };
  }
  rmSync(keptDigest, { force: true });

  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`search index: ${errors.join('\n')}`);
  // Sent all at once: pagefind takes them in order either way, but one round trip per record
  // would cost a quarter of the indexing's CPU.
  const added = await Promise.all(records.map((record) => ('language' in record ? index.addCustomRecord(record) : index.addHTMLFile(record))));
  added.forEach(({ errors: recordErrors }, i) => {
    if (recordErrors.length) throw new Error(`search index: ${records[i].url}: ${recordErrors.join('; ')}`);
  });
  // Written here one by one: pagefind's own writeFiles writes its ~1,500 small files from dozens
  // of threads at once (so would Node's async writes), which on two cores spend more time
  // contending for the directory than writing.
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`search index: ${fileErrors.join('\n')}`);
  // The last index's files are put back and only what changed is written. Creating ~760 files
  // afresh right after as many were deleted is what costs (the file system is slow to hand out
  // new inodes then).
  if (existsSync(kept) && !existsSync(out)) renameSync(kept, out);
  rmSync(kept, { recursive: true, force: true });
  const wanted = new Set(files.map((file) => join(out, file.path)));
  if (existsSync(out)) {
    for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
      const path = join(out, name);
      if (!wanted.has(path) && statSync(path).isFile()) rmSync(path);
    }
  }
  for (const dir of new Set(files.map((file) => dirname(file.path)))) mkdirSync(join(out, dir), { recursive: true });
  for (const file of files) {
    const path = join(out, file.path);
    if (!existsSync(path) || !readFileSync(path).equals(file.content)) writeFileSync(path, file.content);
  }
  await pagefind.close();
  mkdirSync(dirname(keptDigest), { recursive: true });
  writeFileSync(keptDigest, made);
  return { count: records.length, unchanged: false };
}

/**
 * Moves the built site's search index aside (a rename, on the same disk) before the output
 * folder is emptied, for `indexSite` to update in place.
 */
export function setIndexAside(dist: string, kept = keptIndex(dist)) {
  const out = join(dist, 'pagefind');
  if (!existsSync(out)) return;
  rmSync(kept, { recursive: true, force: true });
  mkdirSync(dirname(kept), { recursive: true });
  try {
    renameSync(out, kept);
  } catch {
    // another disk: the index is simply written afresh
  }
}

/** Where the last build's index waits while Astro empties the output folder: one per output folder. */
const keptIndex = (dist: string) => join(cacheRoot, 'search-index', `pagefind-${createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 12)}`);

/** Search ships with every build: `astro build` alone writes the index after the pages. */
export function searchIndex(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'thesis-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Before Astro empties the output folder: the last index is moved aside (a rename, on the
      // same disk), to be updated in place rather than written again file by file.
      'astro:build:start': () => setIndexAside(outDir),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, unchanged } = await indexSite(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${count} records (paragraphs, quotes, informants, forms, glossary and bibliography entries)${unchanged ? ', as in the last build' : ''}, in ${seconds} s`);
      },
    },
  };
}
