// What search finds: one record per paragraph and one per quote card of a chapter, each pointing
// at its own anchor, so that a hit lands on the exact place. Quote cards carry their speaker and
// forms as metadata, and filters by how the analysis relates the forms. Informant and form pages,
// glossary entries and bibliography entries get one record each (see referenceRecords); chrome
// and repeated lists (quote explorer, the quote cards on informant and form pages) are not indexed.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { useTranslations, type Lang } from '../i18n/ui.ts';
import { printedAs } from '../cite-this/print-edition.ts';

/** A record pagefind takes as it is (a chapter's paragraph or quote)… */
export interface CustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
/** …or as a small HTML page of its own (an informant, a form, an entry). */
export interface PageRecord {
  url: string;
  content: string;
}
export type SearchRecord = CustomRecord | PageRecord;

/** A node's text as a reader sees it: paragraphs, turns and list items apart, not run together. */
const text = (node: Root | ElementContent): string => toText(node).replace(/\s+/g, ' ').trim();

/**
 * A quote card's forms as the card shows them, each with the relation the analysis gives it:
 * "Forbrug (udfordret), Samskabelse (anvendt)". A form is never shown without its relation.
 */
function codingsOf(card: Element): string {
  return selectAll('.quote-forms a[data-form]', card)
    .map((tag) => {
      const relation = select('.form-relation', tag);
      const title = text({ ...tag, children: tag.children.filter((child) => child !== relation) });
      return relation ? `${title} (${text(relation)})` : title;
    })
    .join(', ');
}

/** Records for one built chapter page. */
export function chapterRecords(html: string, url: string): CustomRecord[] {
  const tree = fromHtml(html);
  const lang = String(select('html', tree)?.properties.lang) as Lang;
  const article = select('article.chapter', tree);
  if (!article) return [];
  const title = String(article.properties.dataChapter ?? text(select('h1', article) ?? { type: 'text', value: '' }));
  const records: CustomRecord[] = [];
  let section = title;
  const walk = (node: ElementContent) => {
    if (node.type !== 'element') return;
    const classes = (node.properties.className ?? []) as string[];
    if (classes.includes('chapter-references') || classes.includes('pagination')) return;
    if (/^h[23]$/.test(node.tagName) && !String(node.properties.id ?? '').startsWith('working-question')) section = text(node);
    if (node.tagName === 'figure' && node.properties.dataQuoteId) {
      const body = select('blockquote', node);
      const question = select('.quote-question', node);
      records.push({
        url: `${url}#${node.properties.id}`,
        content: [question && text(question), body && text(body)].filter(Boolean).join(' '),
        language: lang,
        meta: {
          title: `${node.properties.dataSpeakers} · ${node.properties.dataMunicipality}`,
          chapter: title,
          section,
          forms: codingsOf(node),
          kind: 'quote',
        },
        filters: {
          chapter: [title],
          type: [useTranslations(lang)('search.type.quote')],
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
        filters: { chapter: [title], type: [useTranslations(lang)('search.type.text')] },
      });
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(article);
  return records;
}

/** The markers `referenceRecords` looks for, as attributes in the HTML. */
const referenceMarkers = /class="(?:[^"]*\s)?(?:informant-facts|glossary|bibliography)(?:\s[^"]*)?"|id="form-theory"/;

/**
 * Records for a page an examiner looks things up on: an informant or a participation form (one
 * record for the page, without its quote cards), the glossary and the bibliography (one record
 * per entry, pointing at its anchor).
 */
export function referenceRecords(html: string, url: string): PageRecord[] {
  // Most pages hold none of the markers below, and the print edition (which repeats every chapter,
  // informant descriptions included, for the PDF; the chapters themselves are what search finds)
  // is the largest page: seen in the text, neither is parsed at all.
  if (!referenceMarkers.test(html) || printedAs(html)) return [];
  const tree = fromHtml(html);
  const lang = String(select('html', tree)?.properties.lang) as Lang;
  const main = select('main', tree);
  if (!main) return [];
  // What kind of page this is shows in its markup: the informant's facts, the form's theory text, …
  const markers = { informant: '.informant-facts', form: '#form-theory', glossary: '.glossary', bibliography: '.bibliography' } as const;
  const kind = (Object.keys(markers) as (keyof typeof markers)[]).find((name) => select(markers[name], main));
  // A small HTML page per record rather than a custom record: its <h1> carries pagefind's
  // heading weight, so that the name looked up (a term, an author) outranks prose that uses it.
  const record = (kind: keyof typeof markers, anchorUrl: string, title: string, content: string): PageRecord => ({
    url: anchorUrl,
    content: toHtml(
      h('html', { lang }, [
        h('body', [h('h1', title), h('p', content), h('p', { dataPagefindIgnore: '', dataPagefindMeta: `kind:${kind}`, dataPagefindFilter: `type:${useTranslations(lang)(`search.type.${kind}`)}` })]),
      ]),
    ),
  });
  if (kind === 'informant' || kind === 'form') {
    const parts = selectAll('.facts dt, .facts dd, .informant-description, .informant-facts ~ .editorial-note .editorial-note-body, #form-theory + .prose p', main);
    const heading = select('h1', main);
    return heading ? [record(kind, url, text(heading), parts.map(text).join(' '))] : [];
  }
  if (kind === 'glossary') {
    return selectAll('.glossary-entry', main).map((entry) => record(kind, `${url}#${entry.properties.id}`, text(select('dt span', entry) ?? entry), selectAll('dt span + span, dd', entry).map(text).join(' ')));
  }
  if (kind === 'bibliography') {
    return selectAll('.bib-entry', main).map((entry) => {
      const title = text(select('.csl-entry', entry) ?? entry);
      const citedAs = select('.bib-cited-as', entry);
      return record(kind, `${url}#${entry.properties.id}`, title, citedAs ? text(citedAs) : '');
    });
  }
  return [];
}

/** The records of one built page: a chapter's, or a reference page's, or none. */
export const pageRecords = (html: string, url: string): SearchRecord[] => (html.includes('class="chapter"') ? chapterRecords(html, url) : referenceRecords(html, url));
