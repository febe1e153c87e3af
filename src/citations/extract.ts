import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { ContentError } from '../data/content-error.ts';
import { placeIn, pointWithin } from '../plugins/place.ts';

/** One work cited at one place. */
export interface CitedWork {
  key: string;
  /** Pandoc syntax: the locator as written after the comma ("p. 548"); the engine formats it. */
  locator?: string;
  /** Printed syntax: the work's part of the citation exactly as the thesis printed it. */
  printed?: string;
  /** Printed syntax: what stands between the previous work and this one ("; "). */
  separator?: string;
  /** Where the key is written, for error messages. */
  position?: Point;
}

/**
 * A citation as it stands in the text: one or more works in one parenthesis, or one work named in
 * the sentence ("Monrad (2020) skriver"). `printed` citations keep the thesis's own text; the
 * others are formatted by the CSL engine.
 */
export interface Citation {
  type: 'citation';
  kind: 'parenthetical' | 'narrative';
  printed: boolean;
  /** Printed syntax: the opening and closing parenthesis as printed ("(" and ")", or "" where the print has none). */
  opening?: string;
  closing?: string;
  works: CitedWork[];
  position?: Position;
  data?: { hName?: string; hProperties?: Record<string, unknown>; hChildren?: unknown[] };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citation: Citation;
  }
  interface RootContentMap {
    citation: Citation;
  }
}

const KEY = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*`;
const KEY_ONLY = new RegExp(`^${KEY}$`);
/** `[@a, s. 5; @b]` (parenthetical) or `@a` / `@a [s. 5]` (narrative). */
const PANDOC = new RegExp(String.raw`\[([^\[\]]*?@${KEY}[^\[\]]*)\]|(?<![\p{L}\p{N}@.])@(${KEY})(?:\s\[([^\[\]@]+)\])?`, 'gu');
const PANDOC_ITEM = new RegExp(String.raw`^\s*@(${KEY})\s*(?:,\s*(.*?))?\s*$`, 'su');

const SYNTAX_HELP =
  'Write a citation as the thesis printed it, each work a link to its key: ([Monrad, 2020, s. 548](@monrad-2020); [Lipsky, 1980](@lipsky-1980)), or narrative [Monrad (2020)](@monrad-2020). The English edition writes [@monrad-2020, p. 548].';

const isCitationLink = (node: Nodes | undefined): node is Link => node?.type === 'link' && node.url.startsWith('@');

/** Pandoc citations in a text node: the node split into text and citations. */
function splitPandoc(node: Text, file: VFile): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(PANDOC)) {
    const [whole, group, narrativeKey, narrativeLocator] = match;
    const position = pointWithin(node.position?.start, node.value, match.index);
    let citation: Citation;
    if (group !== undefined) {
      const works = group.split(';').map((part) => {
        const item = part.match(PANDOC_ITEM);
        if (!item) throw new ContentError(placeIn(file, position), `malformed citation '${whole}'`, 'Write [@key] or [@key, p. 12], several separated by semicolons: [@a, p. 5; @b].');
        return { key: item[1], ...(item[2] ? { locator: item[2] } : {}), position };
      });
      citation = { type: 'citation', kind: 'parenthetical', printed: false, works };
    } else {
      const locator = narrativeLocator?.trim();
      citation = { type: 'citation', kind: 'narrative', printed: false, works: [{ key: narrativeKey, ...(locator ? { locator } : {}), position }] };
    }
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push(citation);
    last = match.index + whole.length;
  }
  if (!out.length) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

/** A link `[printed text](@key)` as one cited work. */
function printedWork(link: Link, file: VFile): CitedWork {
  const key = link.url.slice(1);
  const printed = toString(link);
  const position = link.position?.start;
  if (!KEY_ONLY.test(key) || !printed.trim()) {
    throw new ContentError(placeIn(file, position), `malformed citation '[${printed}](${link.url})'`, SYNTAX_HELP);
  }
  return { key, printed, position };
}

const textAt = (children: PhrasingContent[], i: number) => (children[i]?.type === 'text' ? (children[i] as Text) : undefined);

/**
 * Printed citations among a parent's children: links to `@key`, with the printed parenthesis
 * around them and the "; " between them taken out of the neighbouring text.
 */
function groupPrinted(children: PhrasingContent[], file: VFile): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!isCitationLink(node)) {
      out.push(node);
      continue;
    }
    const works = [printedWork(node, file)];
    while (isCitationLink(children[i + 2]) && /^\s*;\s*$/.test(textAt(children, i + 1)?.value ?? '-')) {
      works.push({ ...printedWork(children[i + 2] as Link, file), separator: textAt(children, i + 1)!.value });
      i += 2;
    }
    const before = out.at(-1);
    const opening = before?.type === 'text' && before.value.endsWith('(') ? '(' : '';
    if (opening) (before as Text).value = (before as Text).value.slice(0, -1);
    const after = textAt(children, i + 1);
    const closing = opening && after?.value.startsWith(')') ? ')' : '';
    if (closing) after!.value = after!.value.slice(1);
    out.push({ type: 'citation', kind: opening ? 'parenthetical' : 'narrative', printed: true, opening, closing, works });
  }
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

/**
 * The one place where a citation is recognised. Finds both syntaxes in a Markdown tree, replaces
 * each with a `citation` node, and returns those nodes in reading order:
 *
 *   printed (Danish edition):  … vilkår ([Cabi, u.å, a](@cabi-uaa)).   [Monrad (2020)](@monrad-2020) skriver
 *   pandoc (English edition):  … terms [@cabi-uaa].   @monrad-2020 writes
 *
 * Malformed input fails with the file, line and the syntax to use.
 */
export function parseCitations(tree: Root, file: VFile): Citation[] {
  const found: Citation[] = [];
  const walk = (parent: Parent) => {
    if (parent.type === 'link') return;
    let children = parent.children as PhrasingContent[];
    if (children.some((c) => c.type === 'text' && c.value.includes('@'))) {
      children = children.flatMap((c) => (c.type === 'text' && c.value.includes('@') ? splitPandoc(c, file) : [c]));
    }
    if (children.some((c) => isCitationLink(c))) children = groupPrinted(children, file);
    parent.children = children as Parent['children'];
    for (const child of children) {
      if (child.type === 'citation') found.push(child);
      else if ('children' in child) walk(child as Parent);
    }
  };
  walk(tree);
  return found;
}

/** The keys a citation cites, with "narrative " before a work named in the sentence: comparable across editions. */
export const citedKeys = (citation: Citation) => citation.works.map((w) => (citation.kind === 'narrative' ? `narrative ${w.key}` : w.key));
