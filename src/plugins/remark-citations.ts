import type { Root, Text } from 'mdast';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { type Cite, type CitationEngine } from '../citations/engine';
import { ContentError, knownList } from '../data/content-error';
import { langOfPath, type Lang } from '../i18n/ui';
import { idPrefix, placeIn, pluginFrontmatter, pointWithin } from './place';

export interface CitationPlacement {
  key: string;
  /** Id of the citation's link in the chapter, for backlinks from the bibliography. */
  anchor: string;
  /** Text of the heading the citation stands under, if any. */
  section?: string;
}

export interface RemarkCitationsOptions {
  /** The engine for a language; it knows the bibliography. */
  engineFor: (lang: Lang) => CitationEngine;
  /** URL of a work's entry on the bibliography page. */
  entryUrl: (lang: Lang, key: string) => string;
}

const KEY = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*`;
/** `[@a, s. 5; @b]` (parenthetical) or `@a` / `@a [s. 5]` (narrative). */
export const CITATION = new RegExp(String.raw`\[([^\[\]]*?@${KEY}[^\[\]]*)\]|(?<![\p{L}\p{N}@.])@(${KEY})(?:\s\[([^\[\]@]+)\])?`, 'gu');
export const ITEM = new RegExp(String.raw`^\s*@(${KEY})\s*(?:,\s*(.*?))?\s*$`, 'su');

/**
 * Renders pandoc-style citations through the CSL engine, as links to the bibliography:
 *
 *   Tekst [@monrad-2020, s. 548; @lipsky-1980].  @lipsky-1980 understreger …
 *
 * becomes
 *
 *   Tekst <span class="citation">(<a class="cite" data-cite="monrad-2020" id="cite-1"
 *   href="…/litteratur/#ref-monrad-2020">Monrad, 2020, s. 548</a>; <a …>Lipsky, 1980</a>)</span>.
 *   <a class="cite" data-cite="lipsky-1980" …>Lipsky (1980)</a> understreger …
 *
 * Only files under content/<lang>/ are touched. The keys cited, in order, go to
 * `remarkPluginFrontmatter.citations`.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const lang = langOfPath(file.path);
    if (!lang) return;
    const engine = options.engineFor(lang);
    const placements: CitationPlacement[] = [];
    const prefix = idPrefix(file);

    let section: string | undefined;
    const link = (cite: Cite, html: string): Element => {
      const anchor = `${prefix}cite-${placements.length + 1}`;
      placements.push({ key: cite.key, anchor, ...(section ? { section } : {}) });
      return {
        type: 'element',
        tagName: 'a',
        properties: { className: ['cite'], href: options.entryUrl(lang, cite.key), id: anchor, dataCite: cite.key },
        children: fromHtml(html, { fragment: true }).children as ElementContent[],
      };
    };

    const check = (cite: Cite, node: Text, offset: number) => {
      if (engine.has(cite.key)) return;
      throw new ContentError(
        placeIn(file, pointWithin(node.position?.start, node.value, offset)),
        `unknown citation key '@${cite.key}'`,
        `Add the work to content/references.json, or use a known key: ${knownList(cite.key, engine.keys()).split(', ').slice(0, 8).join(', ')}, …`,
      );
    };

    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') section = toString(node);
      if (node.type !== 'text' || !parent || index === undefined || !node.value.includes('@')) return;
      const out: (Text | { type: 'citation'; data: object })[] = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const [whole, group, narrativeKey, narrativeLocator] = match;
        const offset = match.index;
        let children: ElementContent[];
        if (group !== undefined) {
          const cites = group.split(';').map((part) => {
            const item = part.match(ITEM);
            if (!item) {
              throw new ContentError(
                placeIn(file, pointWithin(node.position?.start, node.value, offset)),
                `malformed citation '${whole}'`,
                'Write [@key] or [@key, s. 12], several separated by semicolons: [@a, s. 5; @b].',
              );
            }
            return { key: item[1], locator: item[2] || undefined };
          });
          cites.forEach((cite) => check(cite, node, offset));
          const layout = engine.groupLayout;
          children = [{ type: 'text', value: layout.prefix }];
          cites.forEach((cite, i) => {
            if (i) children.push({ type: 'text', value: layout.delimiter });
            children.push(link(cite, engine.parenthetical(cite)));
          });
          children.push({ type: 'text', value: layout.suffix });
        } else {
          const cite = { key: narrativeKey, locator: narrativeLocator?.trim() };
          check(cite, node, offset);
          children = [link(cite, engine.narrative(cite))];
        }
        if (offset > last) out.push({ type: 'text', value: node.value.slice(last, offset) });
        out.push({ type: 'citation', data: { hName: 'span', hProperties: { className: ['citation'] }, hChildren: children } });
        last = offset + whole.length;
      }
      if (!out.length) return;
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(out as Text[]));
      return [SKIP, index + out.length];
    });

    pluginFrontmatter(file).citations = placements;
  };
}
