import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { placeIn, pointWithin } from '../plugins/place.ts';
import { ContentError } from './content-error.ts';

/** A key written with capitals, "@Monrad-2020": keys are lowercase. */
const CAPITALISED_KEY = /(?<![\w.])@([\w-]*[A-ZÆØÅ][\w-]*)/;
/** A bracketed citation left open in a text node: what follows it was split off by emphasis or code. */
const OPEN_CITATION = /\[[^\]]*@[\w-]+[^\]]*$/;

/**
 * Mistakes in citation markup that would otherwise ship as plain text, checked on the parsed
 * chapter before the citation plugin runs, in both forms a citation takes:
 *
 *   [Monrad, 2020, s. 548](@monrad-2020)      [@monrad-2020, s. 548]
 *
 * - a key with capitals: `(@Monrad-2020)`, `[@Monrad-2020]`;
 * - a citation split by emphasis or code: `[Monrad, 2020, s. *5*](@monrad-2020)`, `[@monrad-2020, s. *5*]`.
 */
export function checkCitationMarkup(tree: Root, file: VFile) {
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' && node.url.startsWith('@')) {
      const key = node.url.slice(1);
      if (/[A-ZÆØÅ]/.test(key)) {
        throw new ContentError(placeIn(file, node.position?.start), `citation key '@${key}' has capital letters`, `Keys are lowercase: write (@${key.toLowerCase()}).`);
      }
      const styled = node.children.find((child) => child.type !== 'text');
      if (styled) {
        throw new ContentError(placeIn(file, styled.position?.start), `the citation of '@${key}' is split by ${styled.type === 'inlineCode' ? 'code' : 'emphasis'}, so part of it would not be linked`, 'Write the citation text without * _ or ` inside the brackets, as the thesis prints it: [Monrad, 2020, s. 5](@monrad-2020).');
      }
      return;
    }
    if (node.type !== 'text') return;
    const capital = node.value.match(CAPITALISED_KEY);
    if (capital) {
      throw new ContentError(
        placeIn(file, pointWithin(node.position?.start, node.value, capital.index!)),
        `citation key '@${capital[1]}' has capital letters, so it would be printed as text, not cited`,
        `Keys are lowercase: write @${capital[1].toLowerCase()}.`,
      );
    }
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    const open = node.value.match(OPEN_CITATION);
    if (open && next && ['emphasis', 'strong', 'inlineCode'].includes(next.type)) {
      throw new ContentError(
        placeIn(file, pointWithin(node.position?.start, node.value, open.index!)),
        `the citation '${open[0].trim()}…' is split by ${next.type === 'inlineCode' ? 'code' : 'emphasis'}, so it would be printed as text, not cited`,
        'Write the locator without * _ or ` inside the brackets: [@monrad-2020, s. 5].',
      );
    }
  });
}
