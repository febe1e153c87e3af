import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/languages.ts';
import { langOfRoute, pageSlug, pageSlugs, sections, sectionUrl } from '../../src/routes.ts';

const rows = Object.entries(sections);
const viewsOf = (row: (typeof sections)[keyof typeof sections]) => ('itemView' in row ? [row.view, row.itemView] : [row.view]);

describe('the sections table drives the routes', () => {
  it('names view files that exist, and every view in src/views/ has its row', () => {
    const named = rows.flatMap(([, row]) => viewsOf(row));
    for (const view of named) expect(existsSync(`src/views/${view}`), view).toBe(true);
    expect(readdirSync('src/views').filter((f) => f.endsWith('.astro')).sort()).toEqual([...new Set(named)].sort());
  });

  it('gives every section its own path segment in each language', () => {
    for (const lang of langs) {
      const slugs = rows.map(([, row]) => row[lang]);
      expect(new Set(slugs).size, lang).toBe(slugs.length);
    }
  });

  it('reads the language of an injected route from its pattern', () => {
    for (const lang of langs) expect(langOfRoute(`/${lang}/${sections.forms[lang]}/[id]`)).toBe(lang);
  });
});

describe('page addresses per edition', () => {
  const formIds = readdirSync('content/forms/da').map((f) => f.replace(/\.mdx$/, ''));

  it('names every participation form’s English page, each differently, and no form that does not exist', () => {
    const forms = pageSlugs.forms ?? {};
    expect(Object.keys(forms).sort()).toEqual([...formIds].sort());
    const english = formIds.map((id) => pageSlug('en', 'forms', id));
    expect(new Set(english).size).toBe(formIds.length);
    expect(english.filter((slug) => formIds.includes(slug))).toEqual([]);
  });

  it('keeps the Danish address the id, and gives the English one its slug', () => {
    expect(sectionUrl('da', 'forms', 'selv-refleksion')).toMatch(/\/da\/former\/selv-refleksion\/$/);
    expect(sectionUrl('en', 'forms', 'selv-refleksion')).toMatch(/\/en\/forms\/self-reflexive\/$/);
    expect(sectionUrl('en', 'glossary', 'vuc')).toMatch(/\/en\/glossary\/vuc\/$/);
  });
});
