import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { langOfPath } from '../i18n/ui.ts';
import { idPrefix } from './place.ts';

/**
 * Numbers a chapter's paragraphs and list items, `<p id="p-12">`, so that a search hit, a
 * shared link or a switch of language can land on the exact paragraph. The two editions keep
 * the same structure, so the same number is the same paragraph in both. Paragraphs inside an
 * `<EditorialNote>` are the edition's and are not numbered.
 */
export function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    if (!langOfPath(file.path)) return;
    const prefix = idPrefix(file);
    let count = 0;
    visit(tree, (node) => {
      // An editorial note is not the thesis: the thesis's paragraphs keep their numbers around it.
      if (node.type === 'mdxJsxFlowElement' && (node as { name?: string }).name === 'EditorialNote') return SKIP;
      if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'li') && node.properties.id === undefined) {
        node.properties.id = `${prefix}p-${++count}`;
      }
    });
  };
}
