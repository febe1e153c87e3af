import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { BuildCache, buildCacheDir, lockfile } from './build-cache.ts';
import { citedKeys, parseCitations, type Citation } from '../citations/extract.ts';

export interface Block {
  /** What the block is, comparable across languages: "heading 2", "paragraph", "list 4", "Quote#id". */
  shape: string;
  line: number;
  /** Length of its text, to spot a translation that left something out. */
  length: number;
}

/** Chapters parsed as the build reads them (MDX, GFM, frontmatter), without rendering. */
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** The parser's versions are the lockfile's: a tree parsed by other versions is parsed again. */
const trees = new BuildCache('mdx-trees', [lockfile ?? ''], lockfile ? buildCacheDir('content-check') : undefined);

/**
 * An MDX file's syntax tree, a fresh copy for each caller. The content check parses every file on
 * every build; an unchanged file's tree comes from the last build (parsing is most of the check's
 * time). A syntax error throws, and is never kept.
 */
export const parseMdx = (text: string): Root =>
  JSON.parse(trees.get(createHash('sha256').update(text).digest('hex'), () => JSON.stringify(mdxParser.parse(text))));

/** The citations of an MDX file, parsed as the build parses them; `path` names the file in errors. */
export function citationsOf(mdx: string, path: string): Citation[] {
  return parseCitations(parseMdx(mdx), new VFile({ value: mdx, path }));
}

function shapeOf(node: RootContent): string | undefined {
  switch (node.type) {
    case 'heading':
      return `heading ${node.depth}`;
    case 'paragraph':
      return 'paragraph';
    case 'list':
      return `${node.ordered ? 'numbered' : 'bulleted'} list of ${node.children.length}`;
    case 'table':
      return `table ${node.children.length}×${node.children[0]?.children.length ?? 0}`;
    case 'mdxJsxFlowElement': {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      return `<${node.name}${typeof id === 'string' ? ` id="${id}"` : ''}>`;
    }
    case 'yaml':
      return undefined;
    default:
      return node.type;
  }
}

/** The block structure of a chapter and the works it cites ("narrative key" for a work named in the sentence), in reading order. */
export function chapterStructure(mdx: string, path = 'chapter.mdx'): { blocks: Block[]; citations: string[] } {
  const tree = parseMdx(mdx);
  const blocks = tree.children.flatMap((node) => {
    const shape = shapeOf(node);
    return shape ? [{ shape, line: node.position?.start.line ?? 0, length: toString(node).length }] : [];
  });
  const citations = parseCitations(tree, new VFile({ value: mdx, path })).flatMap(citedKeys);
  return { blocks, citations };
}

/** Where two editions of a chapter first differ, in words an author can act on; undefined if aligned. */
export function firstDivergence(da: string, en: string, names: { da: string; en: string }): string | undefined {
  const a = chapterStructure(da, names.da);
  const b = chapterStructure(en, names.en);
  const length = Math.max(a.blocks.length, b.blocks.length);
  for (let i = 0; i < length; i++) {
    const x = a.blocks[i];
    const y = b.blocks[i];
    if (x?.shape !== y?.shape) {
      return `block ${i + 1}: ${names.da}:${x?.line ?? 'end'} has ${x?.shape ?? 'nothing more'}, ${names.en}:${y?.line ?? 'end'} has ${y?.shape ?? 'nothing more'}`;
    }
  }
  const citations = Math.max(a.citations.length, b.citations.length);
  for (let i = 0; i < citations; i++) {
    if (a.citations[i] !== b.citations[i]) {
      return `citation ${i + 1}: ${names.da} cites ${a.citations[i] ?? 'nothing more'}, ${names.en} cites ${b.citations[i] ?? 'nothing more'}`;
    }
  }
  return undefined;
}
