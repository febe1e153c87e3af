import { fileURLToPath } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { vi } from 'vitest';
import { citationEngine } from '../../src/citations/engine.ts';
import { readThesisData } from '../../src/data/thesis-data.ts';
import type { Lang } from '../../src/i18n/ui.ts';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import { remarkPlacedContent } from '../../src/plugins/remark-placed-content.ts';
import { rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids.ts';

export const fixtureContent = fileURLToPath(new URL('../fixtures/content', import.meta.url));
export const fixtureData = () => readThesisData(fixtureContent);
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const entryUrl = (lang: Lang, key: string) => `/${lang}/litteratur/#ref-${key}`;
const citations = [remarkCitations, { engineFor: (lang: Lang) => citationEngine(lang, fixtureData().references), entryUrl }] as const;

/** Renders Markdown through Astro's real unified processor, as a file at `path` (under content/). */
export async function renderMarkdown(markdown: string, path = 'content/da/kapitel.md') {
  const processor = await createMarkdownProcessor({
    smartypants: false,
    remarkPlugins: [citations as never],
    rehypePlugins: [rehypeParagraphIds],
  });
  return processor.render(markdown, { fileURL: new URL(path, `file://${projectRoot}/`) });
}

/** Compiles MDX with the placement plugin, as the chapter at `path`; returns the vfile. */
export async function compileChapter(mdx: string, path = 'content/da/kapitel.mdx') {
  const file = new VFile({ value: mdx, path: `${projectRoot}/${path}`, cwd: projectRoot });
  await compile(file, {
    remarkPlugins: [[remarkPlacedContent, { data: fixtureData }], citations as never],
  });
  return file;
}

/**
 * What an author sees for a failure: the message and the fix, with this machine's path left out.
 * Astro's Markdown processor also logs the error it rethrows; that expected log is kept off the screen.
 */
export async function authorError(run: () => unknown): Promise<string> {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await run();
  } catch (error) {
    const { message, hint } = error as { message: string; hint?: string };
    return [message, hint && `Fix: ${hint}`].filter(Boolean).join('\n').replaceAll(projectRoot, '<root>/').replaceAll('//', '/');
  } finally {
    log.mockRestore();
  }
  throw new Error('expected a failure');
}
