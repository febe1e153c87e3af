import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageSlug, pageSlugs, sectionUrl } from '../../src/routes';

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
