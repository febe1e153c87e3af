import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/languages';
import { langOfRoute, sections } from '../../src/routes';

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
