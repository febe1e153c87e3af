// What search engines and reference managers read: descriptions, Highwire Press and Dublin Core
// tags, schema.org JSON-LD, the citation block and its downloads, robots.txt.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { readCitation } from '../read-citation.ts';
import { base, builtPages, dist, fileFor } from './site.ts';

const meta = (tree: Root, name: string) => selectAll(`meta[name="${name}"]`, tree).map((m) => String(m.properties.content));
const lang = (tree: Root) => String(select('html', tree)!.properties.lang);
/** Each edition's home page and every chapter page: the pages that present the thesis. */
const thesisPages = builtPages().filter((p) => /^(da|en)\/index\.html$/.test(p.file) || select('article.chapter', p.tree));

describe('found by search engines and reference managers', { timeout: 60_000 }, () => {
  it('gives every page a meta description of its own words', () => {
    const missing = builtPages().filter((p) => !meta(p.tree, 'description')[0]?.trim()).map((p) => p.url);
    expect(missing).toEqual([]);
  });

  it('covers both home pages and every chapter', () => {
    expect(thesisPages.filter((p) => /^(da|en)\/index\.html$/.test(p.file))).toHaveLength(2);
    expect(thesisPages.length).toBeGreaterThan(20);
  });

  for (const page of thesisPages) {
    describe(page.url, () => {
      const home = select(`link[rel=alternate][hreflang="${lang(page.tree)}"]`, page.tree);

      it('carries Highwire Press and Dublin Core tags for the thesis', () => {
        const title = meta(page.tree, 'citation_title');
        expect(title).toHaveLength(1);
        expect(meta(page.tree, 'DC.title')).toEqual(title);
        expect(meta(page.tree, 'citation_language')).toEqual([lang(page.tree)]);
        expect(meta(page.tree, 'DC.language')).toEqual([lang(page.tree)]);
        const pdf = meta(page.tree, 'citation_pdf_url')[0];
        expect(fileFor(new URL(pdf, 'http://site').pathname)).toMatch(/\.pdf$/);
        expect(meta(page.tree, 'citation_abstract_html_url')[0]).toMatch(new RegExp(`${base}${lang(page.tree)}/$`));
        expect(home).toBeDefined();
      });

      it('describes itself in schema.org JSON-LD, tied to the other edition', () => {
        const scripts = selectAll('script[type="application/ld+json"]', page.tree);
        expect(scripts).toHaveLength(1);
        const data = JSON.parse(toString(scripts[0]));
        const thesis = data['@type'] === 'Chapter' ? data.isPartOf : data;
        if (data['@type'] === 'Chapter') expect(data.inLanguage).toBe(lang(page.tree));
        expect(thesis['@type']).toBe('Thesis');
        expect(thesis.name).toBe(meta(page.tree, 'citation_title')[0]);
        expect(thesis.inLanguage).toBe(lang(page.tree));
        const other = lang(page.tree) === 'da' ? thesis.workTranslation?.[0] : thesis.translationOfWork;
        expect(other?.inLanguage).toBe(lang(page.tree) === 'da' ? 'en' : 'da');
      });

      it('offers a citation that reads without JavaScript, and downloads that parse', () => {
        const block = select('.cite-this', page.tree)!;
        expect(toString(select('.cite-this-text', block)!)).toContain(meta(page.tree, 'citation_title')[0].split(' ')[0]);
        const links = selectAll('a[download]', block).map((a) => String(a.properties.href));
        expect(links.map((l) => l.split('.').pop())).toEqual(['bib', 'ris', 'json']);
        for (const href of links) {
          const file = fileFor(href);
          expect(file, href).toBeDefined();
          const text = readFileSync(join(dist, file!), 'utf8');
          const items = readCitation(text, href.split('.').pop()!);
          expect(items).toHaveLength(1);
          expect(items[0].title.length).toBeGreaterThan(3);
        }
      });
    });
  }

  it('writes robots.txt, naming the sitemap when the site address is known', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(/^Sitemap: /m.test(robots)).toBe(Boolean(process.env.SITE_URL));
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(Boolean(process.env.SITE_URL));
  });
});
