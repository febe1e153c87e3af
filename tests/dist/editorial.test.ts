import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { base, builtPages, dist, fileFor, page } from './site.ts';
import da from '../../src/i18n/da.ts';
import en from '../../src/i18n/en.ts';
import { readThesisData } from '../../src/data/thesis-data.ts';
import { sectionUrl } from '../../src/routes.ts';

const ui = { da, en };
const editionPages = builtPages().filter((p) => /^(da|en)\//.test(p.file));
const langOf = (file: string) => file.slice(0, 2) as 'da' | 'en';
const pathOf = (href: unknown) => new URL(String(href), 'http://site').pathname;

describe('the hermeneutic circle shows what the thesis has, and no drawing', () => {
  it('ships no figure images', () => {
    const images = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(svg|png|jpe?g|webp)$/.test(f) && !f.endsWith('favicon.svg'));
    expect(images).toEqual([]);
    expect(existsSync(join(dist, 'figures'))).toBe(false);
  });

  // The Danish credit reads as printed; the English one is rendered in English ("n.d.").
  for (const [lang, heading, credit] of [['da', 'Den hermeneutiske cirkel', /^Systime, u\.å/], ['en', 'The hermeneutic circle', /^Systime, n\.d\./]] as const) {
    it(`/${lang}/videnskabsteori/ shows the heading, an editorial note and the credit, and no image`, () => {
      const { tree } = page(`/${lang}/videnskabsteori/`);
      const figure = select('main figure.figure-absent', tree)!;
      expect(figure).toBeDefined();
      expect(selectAll('main img, main svg', tree)).toEqual([]);
      expect(toString(select('figcaption', figure)!)).toBe(heading);
      expect(toString(select('[data-editorial-note] .editorial-note-label', figure)!)).toBe(ui[lang]['editorial.label']);
      expect(select('[data-editorial-note]', figure)!.properties.lang).toBe(lang);
      const cite = select('.figure-credit a[data-cite]', figure)!;
      expect(cite.properties.dataCite).toBe('systime-ua');
      expect(toString(cite)).toMatch(credit);
    });
  }
});

describe('every page links the statement about the edition', () => {
  const statement = { da: `${base}da/om-udgaven/`, en: `${base}en/about-this-edition/` };

  it('exists in both languages, each the hreflang twin of the other', () => {
    for (const lang of ['da', 'en'] as const) {
      const { tree } = page(statement[lang].slice(base.length - 1));
      expect(toString(select('h1', tree)!)).toBe(ui[lang]['editorial.statement']);
      const other = lang === 'da' ? 'en' : 'da';
      expect(pathOf(select(`link[rel~=alternate][hreflang=${other}]`, tree)!.properties.href)).toBe(statement[other]);
    }
  });

  for (const built of editionPages) {
    it(`${built.url} links it in its footer`, () => {
      const lang = langOf(built.file);
      const link = select('footer a[data-edition-statement]', built.tree);
      expect(link, 'footer link').toBeDefined();
      expect(pathOf(link!.properties.href)).toBe(statement[lang]);
      expect(toString(link!)).toBe(ui[lang]['editorial.statement']);
    });
  }

  it('the home page shows its title as a working title, linked to the statement', () => {
    for (const lang of ['da', 'en'] as const) {
      const { tree } = page(`/${lang}/`);
      const note = select('.title-block .working-title', tree)!;
      expect(toString(note)).toContain(ui[lang]['editorial.workingTitle']);
      expect(pathOf(select('a', note)!.properties.href)).toBe(statement[lang]);
    }
  });
});

describe('every editorial note is marked as the edition’s', () => {
  const notes = editionPages.flatMap((p) => selectAll('[data-editorial-note]', p.tree).map((note) => ({ page: p, note })));

  it('appears in the chapters, on the glossary and on the statement page', () => {
    expect(notes.length).toBeGreaterThan(10);
  });

  it('carries the label of its language and some text', () => {
    const unmarked = notes.filter(({ note }) => {
      const lang = note.properties.lang as 'da' | 'en';
      const label = select('.editorial-note-label', note);
      return !ui[lang] || !label || toString(label) !== ui[lang]['editorial.label'] || !toString(select('.editorial-note-body', note)!).trim();
    });
    expect(unmarked.map(({ page }) => page.url)).toEqual([]);
  });

  it('stands at the same places in both editions of a chapter', () => {
    const count = (url: string) => selectAll('main .prose [data-editorial-note]', page(url).tree).length;
    const chapters = readdirSync('content/da').map((f) => f.replace(/\.mdx$/, ''));
    const differing = chapters.filter((slug) => count(`/da/${slug}/`) !== count(`/en/${slug}/`));
    expect(differing).toEqual([]);
  });
});

describe('glossary entries say where the thesis says it, or are the edition’s', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`/${lang}/${lang === 'da' ? 'ordliste' : 'glossary'}/: every entry links a chapter, or carries a sourced editorial note`, () => {
      const { tree } = page(`/${lang}/${lang === 'da' ? 'ordliste' : 'glossary'}/`);
      const entries = selectAll('.glossary-entry', tree);
      expect(entries.length).toBeGreaterThan(20);
      for (const entry of entries) {
        const where = select('.glossary-where a', entry);
        expect(where, String(entry.properties.id)).toBeDefined();
        expect(fileFor(pathOf(where!.properties.href)), String(where!.properties.href)).toMatch(new RegExp(`^${lang}/`));
        const says = toString(select('dd > p', entry)!).replace(toString(select('.glossary-where', entry)!), '').trim();
        const sourced = selectAll('[data-editorial-note] .glossary-source', entry);
        expect(says.length > 0 || sourced.length > 0, String(entry.properties.id)).toBe(true);
      }
    });
  }
});

describe('English participation form pages use Monrad’s terms', () => {
  // Monrad's own English terms (Journal of Social Policy, 2019); the Danish ids stay the Danish pages' slugs.
  const english = { demokrati: 'democratic', forbrug: 'consumerist', 'selv-refleksion': 'self-reflexive', samskabelse: 'co-productive' };

  for (const [id, slug] of Object.entries(english)) {
    it(`/da/former/${id}/ and /en/forms/${slug}/ are each other's twins`, () => {
      const danish = page(`/da/former/${id}/`);
      const englishPage = page(`/en/forms/${slug}/`);
      expect(fileFor(`${base}en/forms/${id}/`)).toBeUndefined();
      const alternate = (tree: Root, lang: string) => pathOf(select(`link[rel~=alternate][hreflang=${lang}]`, tree)!.properties.href);
      expect(alternate(danish.tree, 'en')).toBe(englishPage.url);
      expect(alternate(englishPage.tree, 'da')).toBe(danish.url);
      expect(pathOf(select('a[data-lang-switch]', englishPage.tree)!.properties.href)).toBe(danish.url);
      const title = readFileSync(`content/forms/en/${id}.mdx`, 'utf8').match(/^title: "(.*)"$/m)![1];
      expect(toString(select('h1', englishPage.tree)!)).toBe(title);
      expect(title.toLowerCase()).toBe(`${slug} participation`);
    });
  }

  it('every link to a form on an English page uses the English slug', () => {
    const links = editionPages
      .filter((p) => p.file.startsWith('en/'))
      .flatMap((p) => selectAll('a[href*="/forms/"]', p.tree).map((a) => pathOf(a.properties.href)))
      .filter((href) => href !== `${base}en/forms/`);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !Object.values(english).some((slug) => href.startsWith(`${base}en/forms/${slug}/`)))).toEqual([]);
  });
});

describe('what the thesis does not say about a participant is said as the edition’s, wherever the participant is shown', () => {
  const { informants } = readThesisData('content');
  for (const lang of ['da', 'en'] as const) {
    it(`/${lang}/: the overview card and the participant’s own page carry the same editorial note`, () => {
      const withNotes = [...informants.values()].filter((i) => i.note);
      expect(withNotes.length).toBeGreaterThan(0);
      // sectionUrl gives the address under the base path; page() takes it without.
      const at = (url: string) => page(`/${url.slice(base.length)}`).tree;
      const overview = at(sectionUrl(lang, 'informants'));
      for (const informant of withNotes) {
        const own = select('main [data-editorial-note] .editorial-note-body', at(sectionUrl(lang, 'informants', informant.id)));
        const card = selectAll('.card-list > li', overview).find((li) => pathOf(select('h2 a', li)?.properties.href).endsWith(sectionUrl(lang, 'informants', informant.id)));
        const onCard = card && select('[data-editorial-note] .editorial-note-body', card);
        expect(onCard && toString(onCard).trim(), informant.id).toBe(informant.note![lang]);
        expect(own && toString(own).trim(), informant.id).toBe(informant.note![lang]);
      }
    });
  }
});
