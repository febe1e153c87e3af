import type { Root } from 'mdast';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { CitationEngine } from '../citations/engine.ts';
import { parseCitations, type Citation, type CitedWork } from '../citations/extract.ts';
import { ContentError, knownList } from '../data/content-error.ts';
import { langOfPath, type Lang } from '../i18n/ui.ts';
import { idPrefix, placeIn, pluginFrontmatter } from './place.ts';

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

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Makes every citation a link to its bibliography entry. A citation written as the thesis printed
 * it keeps that text; one in pandoc syntax is formatted by the CSL engine of the file's language:
 *
 *   vilkår ([Cabi, u.å, a](@cabi-uaa)).        terms [@cabi-uaa; @lipsky-1980, p. 3].
 *
 * become
 *
 *   vilkår <span class="citation">(<a class="cite" data-cite="cabi-uaa" id="cite-1"
 *   href="…/litteratur/#ref-cabi-uaa">Cabi, u.å, a</a>)</span>.
 *   terms <span class="citation">(<a class="cite" …>Cabi, n.d.-a</a>; <a …>Lipsky, 1980, p. 3</a>)</span>.
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
    const sections = new Map<Citation, string>();
    let section: string | undefined;
    const citations = parseCitations(tree, file);
    visit(tree, (node) => {
      if (node.type === 'heading') section = toString(node);
      if (node.type === 'citation' && section) sections.set(node, section);
    });

    for (const work of citations.flatMap((c) => c.works)) {
      if (engine.has(work.key)) continue;
      throw new ContentError(
        placeIn(file, work.position),
        `unknown citation key '@${work.key}'`,
        `Add the work to content/references.json, or use a known key: ${knownList(work.key, engine.keys()).split(', ').slice(0, 8).join(', ')}, …`,
      );
    }

    const link = (work: CitedWork, children: ElementContent[], section?: string): Element => {
      const anchor = `${prefix}cite-${placements.length + 1}`;
      placements.push({ key: work.key, anchor, ...(section ? { section } : {}) });
      return { type: 'element', tagName: 'a', properties: { className: ['cite'], href: options.entryUrl(lang, work.key), id: anchor, dataCite: work.key }, children };
    };
    const formatted = (html: string) => fromHtml(html, { fragment: true }).children as ElementContent[];

    for (const citation of citations) {
      const section = sections.get(citation);
      let children: ElementContent[];
      if (citation.printed) {
        children = [text(citation.opening ?? '')];
        for (const work of citation.works) children.push(text(work.separator ?? ''), link(work, [text(work.printed!)], section));
        children.push(text(citation.closing ?? ''));
        children = children.filter((c) => c.type !== 'text' || c.value);
      } else if (citation.kind === 'narrative') {
        children = [link(citation.works[0], formatted(engine.narrative(citation.works[0])), section)];
      } else {
        const layout = engine.groupLayout;
        children = [text(layout.prefix)];
        citation.works.forEach((work, i) => {
          if (i) children.push(text(layout.delimiter));
          children.push(link(work, formatted(engine.parenthetical(work)), section));
        });
        children.push(text(layout.suffix));
      }
      citation.data = { hName: 'span', hProperties: { className: ['citation'] }, hChildren: children };
    }

    pluginFrontmatter(file).citations = placements;
  };
}
