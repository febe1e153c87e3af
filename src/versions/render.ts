import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Lang } from '../i18n/ui.ts';
import type { WordChange } from './changes.ts';
import { sentence } from '../i18n/sentence.ts';

/**
 * A changed paragraph's words as HTML that reads without colour: deleted words struck in
 * `<del>`, added ones underlined in `<ins>`, each announced to screen readers ("slettet: …").
 *
 *   [{kind:'kept',text:'Den '},{kind:'deleted',text:'gamle'},{kind:'inserted',text:'nye'}]
 *   → Den <del><span class="visually-hidden">slettet: </span>gamle</del><ins><span class="visually-hidden">tilføjet: </span>nye</ins>
 */
export function changedWordsHtml(words: WordChange[], lang: Lang): string {
  const announced = (tagName: 'del' | 'ins', key: 'changes.deleted' | 'changes.inserted', value: string): Element => ({
    type: 'element',
    tagName,
    properties: {},
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `${sentence(lang, key)} ` }] },
      { type: 'text', value },
    ],
  });
  const nodes: ElementContent[] = words.map((word) =>
    word.kind === 'kept' ? { type: 'text', value: word.text } : word.kind === 'deleted' ? announced('del', 'changes.deleted', word.text) : announced('ins', 'changes.inserted', word.text),
  );
  return toHtml(nodes);
}
