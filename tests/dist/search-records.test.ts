import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { chapterRecords, pageRecords, referenceRecords } from '../../src/search/records.ts';
import { builtPages } from './site.ts';

const kindOf = (record: { content: string }) => record.content.match(/data-pagefind-meta="kind:([a-z]+)"/)?.[1];
const text = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();

describe('search records of the site’s own pages', () => {
  it('gives each informant and form page one record of its own kind, and the print edition none', () => {
    for (const page of builtPages()) {
      const kinds = referenceRecords(page.html, page.url).map(kindOf);
      if (/\/(informanter|informants)\/[^/]+\/$/.test(page.url)) expect(kinds, page.url).toEqual(['informant']);
      else if (/\/(former|forms)\/[^/]+\/$/.test(page.url)) expect(kinds, page.url).toEqual(['form']);
      else if (/\/(udskrift|print)\/$/.test(page.url)) expect(kinds, page.url).toEqual([]);
    }
  });

  it('gives every quote card its turns word for word, apart, and each form with the relation the analysis gives it', () => {
    let cards = 0;
    for (const page of builtPages().filter((p) => select('article.chapter', p.tree))) {
      const records = new Map(chapterRecords(page.html, page.url).map((r) => [r.url.split('#')[1], r]));
      for (const card of selectAll('article.chapter figure[data-quote-id]', page.tree)) {
        const record = records.get(String(card.properties.id));
        expect(record, `${page.url}#${card.properties.id}`).toBeDefined();
        const turns = selectAll('blockquote p', card).map(text);
        expect(record!.content.endsWith(turns.join(' ')), `${page.url}#${card.properties.id}`).toBe(true);
        const codings = selectAll('.quote-forms a[data-form]', card).map((tag) => `${text(select('.form-relation', tag)!)}`);
        const shown = record!.meta.forms ? record!.meta.forms.split(', ') : [];
        expect(shown.map((f) => f.match(/ \(([^)]+)\)$/)?.[1]), `${page.url}#${card.properties.id}`).toEqual(codings);
        cards++;
      }
    }
    expect(cards).toBe(88);
  });

  it('never runs two paragraphs, turns or list items together (a sentence’s end followed at once by a capital)', () => {
    const runTogether: string[] = [];
    for (const page of builtPages()) {
      for (const record of pageRecords(page.html, page.url)) {
        const content = 'language' in record ? record.content : toText(fromHtml(record.content));
        for (const m of content.matchAll(/[a-zæøå0-9)][.?!:;][A-ZÆØÅ][a-zæøå]/g)) runTogether.push(`${record.url}: …${content.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
      }
    }
    expect(runTogether).toEqual([]);
  });
});
