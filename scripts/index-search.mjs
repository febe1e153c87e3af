// Builds the search index (pagefind) from the built chapters: one record per paragraph and one
// per quote card, each pointing at its own anchor, so that a hit lands on the exact place.
// Quote cards carry their speaker and forms as metadata; chrome and repeated lists (quote
// explorer, informant and form pages, bibliography) are not indexed at all.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtSiteDir } from './serve-dist.mjs';

const dist = builtSiteDir;
const text = (node) => toString(node).replace(/\s+/g, ' ').trim();

/** Records for one built chapter page. */
export function chapterRecords(html, url) {
  const tree = fromHtml(html);
  const lang = select('html', tree).properties.lang;
  const article = select('article.chapter', tree);
  const title = String(article.properties.dataChapter ?? text(select('h1', article)));
  const records = [];
  let section = title;
  const walk = (node) => {
    if (node.type !== 'element') return;
    const classes = node.properties.className ?? [];
    if (classes.includes('chapter-references') || classes.includes('pagination')) return;
    if (/^h[23]$/.test(node.tagName) && !node.properties.id?.startsWith('working-question')) section = text(node);
    if (node.tagName === 'figure' && node.properties.dataQuoteId) {
      const body = select('blockquote', node);
      const question = select('.quote-question', node);
      records.push({
        url: `${url}#${node.properties.id}`,
        content: [question && text(question), text(body)].filter(Boolean).join(' '),
        language: lang,
        meta: {
          title: `${node.properties.dataSpeakers} · ${node.properties.dataMunicipality}`,
          chapter: title,
          section,
          forms: node.properties.dataFormTitles ?? '',
          kind: 'quote',
        },
        filters: {
          chapter: [title],
          type: [lang === 'da' ? 'Citat' : 'Quote'],
          informant: String(node.properties.dataSpeakers).split(' · ').filter(Boolean),
          form: String(node.properties.dataFormTitles ?? '').split(', ').filter(Boolean),
        },
      });
      return;
    }
    if ((node.tagName === 'p' || node.tagName === 'li' || node.tagName === 'td') && node.properties.id) {
      records.push({
        url: `${url}#${node.properties.id}`,
        content: text(node),
        language: lang,
        meta: { title: section === title ? title : `${title} · ${section}`, chapter: title, section, kind: 'text' },
        filters: { chapter: [title], type: [lang === 'da' ? 'Tekst' : 'Text'] },
      });
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(article);
  return records;
}

export async function indexSite() {
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length) throw new Error(errors.join('\n'));
  let count = 0;
  for (const lang of ['da', 'en']) {
    const dir = join(dist, lang);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      if (!html.includes('class="chapter"')) continue;
      // pagefind.js puts the site's base path in front of these URLs itself.
      const records = chapterRecords(html, `/${lang}/${slug}/`);
      for (const record of records) {
        const { errors: recordErrors } = await index.addCustomRecord(record);
        if (recordErrors.length) throw new Error(`${record.url}: ${recordErrors.join('; ')}`);
        count++;
      }
    }
  }
  const { errors: writeErrors } = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (writeErrors.length) throw new Error(writeErrors.join('\n'));
  await pagefind.close();
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = await indexSite();
  console.log(`search index: ${count} records (paragraphs and quotes) in ${dist}/pagefind`);
}
