// Builds the search index (pagefind) from the built chapters: one record per paragraph and one
// per quote card, each pointing at its own anchor, so that a hit lands on the exact place.
// Quote cards carry their speaker and forms as metadata, and filters by how the analysis relates
// the forms. Informant and form pages, glossary entries and bibliography entries get one record
// each (see referenceRecords); chrome and repeated lists (quote explorer, the quote cards on
// informant and form pages) are not indexed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { langs } from '../src/i18n/languages.ts';
import { BuildCache, buildCacheDir } from '../src/data/build-cache.ts';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
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
          relation: [...new Set(selectAll('a[data-relation] .form-relation', node).map(text))],
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


const pageTypes = {
  da: { informant: 'Informant', form: 'Borgerinddragelsesform', glossary: 'Ordliste', bibliography: 'Litteratur' },
  en: { informant: 'Informant', form: 'Form of participation', glossary: 'Glossary', bibliography: 'Reference' },
};

/** The markers `referenceRecords` looks for, as attributes in the HTML. */
const referenceMarkers = /class="(?:[^"]*\s)?(?:informant-facts|glossary|bibliography)(?:\s[^"]*)?"|id="form-theory"/;

/**
 * Records for a page an examiner looks things up on: an informant or a participation form (one
 * record for the page, without its quote cards), the glossary and the bibliography (one record
 * per entry, pointing at its anchor).
 */
export function referenceRecords(html, url) {
  // Most pages hold none of the markers below: seen in the text, they are not parsed at all.
  if (!referenceMarkers.test(html)) return [];
  const tree = fromHtml(html);
  const lang = select('html', tree).properties.lang;
  const main = select('main', tree);
  // The print edition repeats every chapter (informant descriptions included) for the PDF; the
  // chapters themselves are what search finds.
  if (select('[data-pdf]', main)) return [];
  // What kind of page this is shows in its markup: the informant's facts, the form's theory text, …
  const kind = Object.entries({ informant: '.informant-facts', form: '#form-theory', glossary: '.glossary', bibliography: '.bibliography' }).find(([, marker]) => select(marker, main))?.[0];
  // A small HTML page per record rather than a custom record: its <h1> carries pagefind's
  // heading weight, so that the name looked up (a term, an author) outranks prose that uses it.
  const record = (kind, anchorUrl, title, content) => ({
    url: anchorUrl,
    content: toHtml(
      h('html', { lang }, [
        h('body', [h('h1', title), h('p', content), h('p', { dataPagefindIgnore: '', dataPagefindMeta: `kind:${kind}`, dataPagefindFilter: `type:${pageTypes[lang][kind]}` })]),
      ]),
    ),
  });
  if (kind === 'informant' || kind === 'form') {
    const parts = selectAll('.facts dt, .facts dd, .informant-description, .informant-facts ~ .editorial-note .editorial-note-body, #form-theory + .prose p', main);
    return [record(kind, url, text(select('h1', main)), parts.map(text).join(' '))];
  }
  if (kind === 'glossary') {
    return selectAll('.glossary-entry', main).map((entry) => record(kind, `${url}#${entry.properties.id}`, text(select('dt span', entry)), selectAll('dt span + span, dd', entry).map(text).join(' ')));
  }
  if (kind === 'bibliography') {
    return selectAll('.bib-entry', main).map((entry) => {
      const title = text(select('.csl-entry', entry));
      return record(kind, `${url}#${entry.properties.id}`, title, text(select('.bib-cited-as', entry) ?? { type: 'root', children: [] }));
    });
  }
  return [];
}

export async function indexSite() {
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length) throw new Error(errors.join('\n'));
  // A page's records depend on its HTML, this script and the HTML parser (the lockfile): an
  // unchanged page is not parsed again.
  const lockfile = existsSync('package-lock.json') ? readFileSync('package-lock.json', 'utf8') : undefined;
  const cache = new BuildCache('search-records', [readFileSync(new URL(import.meta.url), 'utf8'), lockfile ?? ''], lockfile ? buildCacheDir('search-index') : undefined);
  let count = 0;
  for (const lang of langs) {
    const dir = join(dist, lang);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      // pagefind.js puts the site's base path in front of these URLs itself.
      const url = `/${lang}/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`;
      const key = `${url} ${createHash('sha256').update(html).digest('hex')}`;
      const records = cache.get(key, () => (html.includes('class="chapter"') ? chapterRecords(html, url) : referenceRecords(html, url)));
      for (const record of records) {
        const { errors: recordErrors } = await (record.language ? index.addCustomRecord(record) : index.addHTMLFile(record));
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
  console.log(`search index: ${count} records (paragraphs, quotes, informants, forms, glossary and bibliography entries) in ${dist}/pagefind`);
}
