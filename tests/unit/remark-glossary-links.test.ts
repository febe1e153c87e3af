import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links.ts';
import { fixtureData, projectRoot } from './helpers.ts';

async function render(markdown: string, path: string) {
  const processor = await createMarkdownProcessor({
    smartypants: false,
    remarkPlugins: [[remarkGlossaryLinks, { glossary: () => fixtureData().glossary, termUrl: (lang: string, id: string) => `/${lang}/glossary/#${id}` }]],
  });
  return (await processor.render(markdown, { fileURL: new URL(path, `file://${projectRoot}/`) })).code;
}

describe('remark-glossary-links', () => {
  it('links the first use of each term in an English chapter, and only the first', async () => {
    const html = await render('## The job centre\n\nAt the Job Centre and the STAR rules, the job centres and a star.', 'content/en/chapter.md');
    expect(html).toContain('>The job centre</h2>');
    expect(html).toContain('At the <a href="/en/glossary/#jobcenter" class="term">Job Centre</a> and the <a href="/en/glossary/#star" class="term">STAR</a> rules, the job centres and a star.');
  });

  it('matches a term marked caseSensitive only as written in the glossary', async () => {
    const star = fixtureData().glossary.get('star')!;
    expect(star.caseSensitive).toBe(true);
    expect(fixtureData().glossary.get('jobcenter')!.caseSensitive).toBe(false);
    const html = await render('A star is not the agency, Star neither; STAR is.', 'content/en/chapter.md');
    expect(html).toBe('<p>A star is not the agency, Star neither; <a href="/en/glossary/#star" class="term">STAR</a> is.</p>');
  });

  it('leaves the Danish original alone', async () => {
    const html = await render('Jobcentret og job centre.', 'content/da/kapitel.md');
    expect(html).toBe('<p>Jobcentret og job centre.</p>');
  });
});
