import type { Link, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { defaultLang, langOfPath, type Lang } from '../i18n/ui.ts';

export interface RemarkGlossaryLinksOptions {
  glossary: () => Map<string, GlossaryTerm>;
  /** URL of a term's entry on the glossary page. */
  termUrl: (lang: Lang, id: string) => string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links the first use of each glossary term in an English chapter to its explanation:
 *
 *   The job centre offers a work placement …
 *
 * becomes
 *
 *   The <a class="term" href="…/glossary/#jobcenter">job centre</a> offers a <a …>work placement</a> …
 *
 * Forms are found regardless of case, except for a term marked `caseSensitive` ("STAR", not "star").
 * Danish chapters are the original and stay as written; headings and links are left alone.
 */
export function remarkGlossaryLinks(options: RemarkGlossaryLinksOptions) {
  return (tree: Root, file: VFile) => {
    const lang = langOfPath(file.path);
    // Chapters of a translation only: not the original, not a participation form's page.
    if (!lang || lang === defaultLang || !file.path.replaceAll('\\', '/').includes(`/content/${lang}/`)) return;
    const pending = new Map([...options.glossary().values()].flatMap((term) => term.match.map((form) => [form.toLowerCase(), term] as const)));
    if (!pending.size) return;
    const linked = new Set<string>();
    const forms = [...pending.keys()].sort((a, b) => b.length - a.length).map(escape);
    const pattern = new RegExp(`(?<![\\p{L}-])(${forms.join('|')})(?![\\p{L}-])`, 'giu');

    visit(tree, (node, index, parent) => {
      if (node.type === 'heading' || node.type === 'link' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = node as Text;
      const out: (Text | Link)[] = [];
      let last = 0;
      for (const match of text.value.matchAll(pattern)) {
        const term = pending.get(match[0].toLowerCase())!;
        if (linked.has(term.id) || (term.caseSensitive && !term.match.includes(match[0]))) continue;
        linked.add(term.id);
        if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
        out.push({
          type: 'link',
          url: options.termUrl(lang, term.id),
          data: { hProperties: { className: ['term'] } },
          children: [{ type: 'text', value: match[0] }],
        });
        last = match.index + match[0].length;
      }
      if (!out.length) return;
      if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
      parent.children.splice(index, 1, ...(out as Text[]));
      return [SKIP, index + out.length];
    });
  };
}
