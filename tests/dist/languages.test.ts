import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { base, builtPages, fileFor } from './site.ts';

describe('languages', () => {
  for (const page of builtPages().filter((p) => /^(da|en)\//.test(p.file))) {
    const lang = page.file.slice(0, 2);
    it(`${page.url} declares lang="${lang}" and links both editions and x-default`, () => {
      expect(select('html', page.tree)?.properties.lang).toBe(lang);
      const alternates = Object.fromEntries(
        selectAll('link[rel~=alternate][hreflang]', page.tree).map((l) => [String(l.properties.hrefLang), new URL(String(l.properties.href), 'http://site').pathname]),
      );
      expect(Object.keys(alternates).sort()).toEqual(['da', 'en', 'x-default']);
      expect(alternates[lang]).toBe(page.url);
      expect(alternates.da.startsWith(`${base}da/`)).toBe(true);
      expect(alternates.en.startsWith(`${base}en/`)).toBe(true);
      for (const path of Object.values(alternates)) expect(fileFor(path), path).toBeDefined();
      const other = lang === 'da' ? 'en' : 'da';
      const switchLink = select('a[data-lang-switch]', page.tree);
      expect(switchLink?.properties.hrefLang).toBe(other);
      expect(new URL(String(switchLink?.properties.href), 'http://site').pathname).toBe(alternates[other]);
    });
  }

  it('lets a reader pick a language at / without JavaScript', () => {
    const root = builtPages().find((p) => p.file === 'index.html')!;
    const targets = selectAll('main a[hreflang]', root.tree).map((a) => String(a.properties.href));
    expect(targets).toEqual([`${base}da/`, `${base}en/`]);
  });

  it('says "not found" in every edition\'s language, each with its home page and contents', () => {
    const notFound = builtPages().find((p) => p.file === '404.html')!;
    const sections = selectAll('main section', notFound.tree).map((section) => ({
      lang: String(section.properties.lang ?? select('html', notFound.tree)?.properties.lang),
      links: selectAll('a', section).map((a) => String(a.properties.href)),
    }));
    expect(sections).toEqual([
      { lang: 'da', links: [`${base}da/`, `${base}da/#toc`] },
      { lang: 'en', links: [`${base}en/`, `${base}en/#toc`] },
    ]);
  });
});
