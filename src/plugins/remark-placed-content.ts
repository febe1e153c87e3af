import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, knownList } from '../data/content-error.ts';
import type { ThesisData } from '../data/thesis-data.ts';
import { placeIn, pluginFrontmatter } from './place.ts';

export interface QuotePlacement {
  id: string;
  /** The card's id in this chapter: the quote id, or `<id>-2` when placed again in the same chapter. */
  anchor: string;
}

export interface RemarkPlacedContentOptions {
  data: () => ThesisData;
}

const stringAttribute = (node: MdxJsxFlowElement, name: string) => {
  const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

/**
 * Checks what a chapter places by id against content/ and fails the build at the exact line
 * when an id is unknown:
 *
 *   <Quote id="analysedel-1-e-kuglepen" />   <Informant id="informant-1" />
 *   <ParticipationForm id="demokrati" />     <Figure title="Den hermeneutiske cirkel">…</Figure>
 *
 * Each <Quote> gets an `anchor` prop, unique in the chapter. The quotes and participation forms
 * placed go to `remarkPluginFrontmatter.quotes` and `.forms`, so that other pages can link back.
 */
export function remarkPlacedContent(options: RemarkPlacedContentOptions) {
  return (tree: Root, file: VFile) => {
    const data = options.data();
    const placements: QuotePlacement[] = [];
    const placedForms: string[] = [];
    const known: Record<string, [string, string[], string]> = {
      Quote: ['quote', [...data.quotes.keys()], 'content/quotes/*.yaml'],
      Informant: ['informant', [...data.informants.keys()], 'content/informants.yaml'],
      ParticipationForm: ['participation form', data.formIds, 'content/forms/da/'],
    };

    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement;
      const place = () => placeIn(file, element.position?.start);
      if (element.name === 'Figure') {
        if (!stringAttribute(element, 'title')) {
          throw new ContentError(place(), '<Figure> has no title', 'Give the figure\'s heading as the thesis prints it in title="…"; its credit goes between the tags.');
        }
        return;
      }
      if (!element.name || !(element.name in known)) return;
      const [what, ids, where] = known[element.name];
      const id = stringAttribute(element, 'id');
      if (!id || !ids.includes(id)) {
        throw new ContentError(place(), `<${element.name}> names ${what} '${id ?? ''}', which is not in ${where}`, `Use one of: ${knownList(id ?? '', ids)}.`);
      }
      if (element.name === 'ParticipationForm') placedForms.push(id);
      if (element.name !== 'Quote') return;
      const repeat = placements.filter((p) => p.id === id).length;
      const anchor = repeat ? `${id}-${repeat + 1}` : id;
      placements.push({ id, anchor });
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'anchor', value: anchor });
    });

    Object.assign(pluginFrontmatter(file), { quotes: placements, forms: placedForms });
  };
}
