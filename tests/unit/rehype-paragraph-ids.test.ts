import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids.ts';
import { projectRoot, renderMarkdown } from './helpers.ts';

describe('rehype-paragraph-ids', () => {
  it('numbers paragraphs and list items in reading order', async () => {
    const { code } = await renderMarkdown('Et.\n\n- to\n- tre\n\nFire.');
    expect(code).toContain('<p id="p-1">Et.</p>');
    expect(code).toContain('<li id="p-2">to</li>');
    expect(code).toContain('<li id="p-3">tre</li>');
    expect(code).toContain('<p id="p-4">Fire.</p>');
  });

  it('prefixes ids in a part that is shown inside a chapter', async () => {
    const { code } = await renderMarkdown('Demokrati ([Monrad, 2020](@monrad-2020)).', 'content/forms/da/demokrati.md');
    expect(code).toContain('<p id="demokrati-p-1">');
    expect(code).toContain('id="demokrati-cite-1"');
  });

  it('leaves an editorial note unnumbered, so the thesis keeps its paragraph numbers', async () => {
    const file = new VFile({ value: 'Et.\n\n<EditorialNote>\nUdgivers.\n</EditorialNote>\n\nTo.', path: `${projectRoot}/content/da/kapitel.mdx` });
    const code = String(await compile(file, { rehypePlugins: [rehypeParagraphIds] }));
    expect(code).toMatch(/id: "p-1",\s*children: "Et\."/);
    expect(code).toMatch(/children: "Udgivers\."/);
    expect(code).not.toMatch(/id: "p-\d+",\s*children: "Udgivers\."/);
    expect(code).toMatch(/id: "p-2",\s*children: "To\."/);
  });
});
