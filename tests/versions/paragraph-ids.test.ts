import { builtSiteDir } from '../../scripts/serve-dist.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { chapterSource } from '../../src/versions/blocks.ts';
import { langs } from '../../src/i18n/ui.ts';

// The changes pages link a changed paragraph to #p-N in the latest chapter: the ids read from the
// Markdown source must be the built page's, paragraph for paragraph, in every chapter.
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(langs)('paragraph ids read from the %s source', (lang) => {
  const chapters = readdirSync(join('content', lang)).filter((f) => f.endsWith('.mdx'));
  it.each(chapters)('match the built page of %s', async (file) => {
    const slug = file.replace(/\.mdx$/, '');
    const source = await chapterSource(readFileSync(join('content', lang, file), 'utf8'), lang, slug);
    const page = fromHtml(readFileSync(join(builtSiteDir, lang, slug, 'index.html'), 'utf8'));
    const built = selectAll('.prose [id^="p-"]', page).map((node) => String(node.properties.id));
    expect(source.blocks.map((b) => b.id)).toEqual(built.filter((id) => source.blocks.some((b) => b.id === id)));
    expect(source.blocks.length).toBeGreaterThan(built.length * 0.9);
    // The first words of each block open the built paragraph (citations are rendered there).
    for (const block of source.blocks) {
      const node = selectAll(`[id="${block.id}"]`, page)[0];
      expect(normalise(toString(node)).slice(0, 12), block.id).toBe(block.text.slice(0, 12));
    }
  });
});
