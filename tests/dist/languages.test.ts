import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { langs, useTranslations } from '../../src/i18n/ui.ts';
import { base, builtPages, fileFor } from './site.ts';

describe('languages', () => {
  for (const page of builtPages().filter((p) => langs.some((l) => p.file.startsWith(`${l}/`)))) {
    const lang = page.file.slice(0, page.file.indexOf('/'));
    it(`${page.url} declares lang="${lang}" and links every edition and x-default`, () => {
      expect(select('html', page.tree)?.properties.lang).toBe(lang);
      const alternates = Object.fromEntries(
        selectAll('link[rel~=alternate][hreflang]', page.tree).map((l) => [String(l.properties.hrefLang), new URL(String(l.properties.href), 'http://site').pathname]),
      );
      expect(Object.keys(alternates).sort()).toEqual([...langs, 'x-default'].sort());
      expect(alternates[lang]).toBe(page.url);
      for (const l of langs) expect(alternates[l].startsWith(`${base}${l}/`)).toBe(true);
      for (const path of Object.values(alternates)) expect(fileFor(path), path).toBeDefined();
      // The header links this page in each other edition, named and described in that edition's language.
      const switches = selectAll('header a[data-lang-switch]', page.tree).map((a) => ({
        lang: a.properties.lang,
        hreflang: a.properties.hrefLang,
        href: new URL(String(a.properties.href), 'http://site').pathname,
        name: toString(a).trim(),
        title: a.properties.title,
      }));
      const others = langs.filter((l) => l !== lang);
      expect(switches).toEqual(
        others.map((l) => ({ lang: l, hreflang: l, href: alternates[l], name: useTranslations(l)('pick.name'), title: useTranslations(l)('pick.readPage') })),
      );
    });
  }

  it('lets a reader pick a language at / without JavaScript', () => {
    const root = builtPages().find((p) => p.file === 'index.html')!;
    const targets = selectAll('main a[hreflang]', root.tree).map((a) => String(a.properties.href));
    expect(targets).toEqual(langs.map((l) => `${base}${l}/`));
  });

  it('says "not found" in every edition\'s language, each with its home page and contents', () => {
    const notFound = builtPages().find((p) => p.file === '404.html')!;
    const sections = selectAll('main section', notFound.tree).map((section) => ({
      lang: String(section.properties.lang ?? select('html', notFound.tree)?.properties.lang),
      links: selectAll('a', section).map((a) => String(a.properties.href)),
    }));
    expect(sections).toEqual(langs.map((l) => ({ lang: l, links: [`${base}${l}/`, `${base}${l}/#toc`] })));
  });
});
