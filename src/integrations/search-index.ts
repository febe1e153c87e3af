import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { langs } from '../i18n/languages';
import { BuildCache, buildCacheDir } from '../data/build-cache';
import { pageRecords, type SearchRecord } from '../search/records';

/**
 * Builds the search index (pagefind) into `<dist>/pagefind` from the built pages of each
 * language, and returns how many records it holds. A page's records depend on its HTML, the
 * record rules and the HTML parser (the lockfile): an unchanged page is not parsed again.
 */
export async function indexSite(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`search index: ${errors.join('\n')}`);
  const rules = readFileSync(new URL('../search/records.ts', import.meta.url), 'utf8');
  const lockfile = existsSync('package-lock.json') ? readFileSync('package-lock.json', 'utf8') : undefined;
  const cache = new BuildCache('search-records', [rules, lockfile ?? ''], lockfile ? buildCacheDir('search-index') : undefined);
  let count = 0;
  for (const lang of langs) {
    const dir = join(dist, lang);
    if (!existsSync(dir)) continue;
    const files = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('index.html')).sort();
    for (const file of files) {
      const html = await readFile(join(dir, file), 'utf8');
      // pagefind.js puts the site's base path in front of these URLs itself.
      const url = `/${lang}/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`;
      const key = `${url} ${createHash('sha256').update(html).digest('hex')}`;
      const records = cache.get<SearchRecord[]>(key, () => pageRecords(html, url));
      for (const record of records) {
        const { errors: recordErrors } = await ('language' in record ? index.addCustomRecord(record) : index.addHTMLFile(record));
        if (recordErrors.length) throw new Error(`search index: ${record.url}: ${recordErrors.join('; ')}`);
        count++;
      }
    }
  }
  cache.save();
  // Written here one by one: pagefind's own writeFiles writes its ~1,500 small files from dozens
  // of threads at once (so would Node's async writes), which on two cores spend more time
  // contending for the directory than writing.
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`search index: ${fileErrors.join('\n')}`);
  const out = join(dist, 'pagefind');
  for (const dir of new Set(files.map((file) => dirname(file.path)))) mkdirSync(join(out, dir), { recursive: true });
  for (const file of files) writeFileSync(join(out, file.path), file.content);
  await pagefind.close();
  return count;
}

/** Search ships with every build: `astro build` alone writes the index after the pages. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'thesis-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await indexSite(fileURLToPath(dir));
        logger.info(`${count} records (paragraphs, quotes, informants, forms, glossary and bibliography entries) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
