import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '../i18n/ui.ts';
import { rehypeParagraphIds } from '../plugins/rehype-paragraph-ids.ts';
import { citedKeys } from './citation-keys.ts';

/** A numbered block of a chapter (paragraph or list item) as plain text, with its id in the page. */
export interface TextBlock {
  id: string;
  text: string;
}

/** What a chapter's source says, in the terms a comparison of versions needs. */
export interface ChapterSource {
  title: string;
  order: number;
  blocks: TextBlock[];
  /** Quote ids the chapter places with `<Quote id>`. */
  quotes: Set<string>;
  citations: Set<string>;
}

interface Trees {
  mdast?: MdastRoot;
  hast?: HastRoot;
}
const keep = (which: keyof Trees) => () => (tree: MdastRoot & HastRoot, file: VFile) => {
  (file.data as Trees)[which] = structuredClone(tree);
};
// MDX's own processor, as the build uses it (it unwraps a paragraph that holds only a component),
// with the plugin that numbers paragraphs; the trees are kept on the way.
const processor = createProcessor({
  remarkPlugins: [remarkFrontmatter, remarkGfm, keep('mdast')],
  rehypePlugins: [rehypeParagraphIds, keep('hast')],
});

type HastNode = HastRoot | HastRoot['children'][number];
const isNumbered = (node: HastNode): node is Element => node.type === 'element' && String(node.properties.id ?? '').startsWith('p-');

/** Text of a block without the numbered blocks nested in it (a list item's own paragraphs). */
function ownText(node: HastNode): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => (isNumbered(child) ? '' : ownText(child))).join('');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a chapter's MDX source into numbered text blocks, numbered by the same plugin that gives
 * the built page its `p-N` ids, so that block `p-12` here is paragraph `#p-12` in the page.
 */
export async function chapterSource(mdx: string, lang: Lang, slug: string): Promise<ChapterSource> {
  const file = new VFile({ value: mdx, path: `/content/${lang}/${slug}.mdx` });
  await processor.process(file);
  const { mdast, hast } = file.data as Required<Trees>;
  let frontmatter: Record<string, unknown> = {};
  const quotes = new Set<string>();
  visit(mdast, (node) => {
    if (node.type === 'yaml') frontmatter = parseYaml(node.value) ?? {};
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (node.name === 'Quote' && typeof id === 'string') quotes.add(id);
    }
  });
  const blocks: TextBlock[] = [];
  visit(hast, 'element', (node) => {
    if (!isNumbered(node)) return;
    const text = normalise(ownText(node));
    if (text) blocks.push({ id: String(node.properties.id), text });
  });
  return {
    title: String(frontmatter.title ?? slug),
    order: Number(frontmatter.order ?? 0),
    blocks,
    quotes,
    // From the source, not the text: a printed-text citation keeps its key in the link.
    citations: citedKeys(mdx),
  };
}
