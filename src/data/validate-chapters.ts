import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { z } from 'astro/zod';
import { placeIn } from '../plugins/place.ts';
import { ContentError, guide, knownList } from './content-error.ts';
import { readContentText } from './content-text.ts';
import { checkFrontmatter } from './read-list-file.ts';
import { parseMdx } from './structure.ts';
import { checkCitationMarkup } from './validate-citations.ts';
import { defaultLang, languageName, langs, translations } from '../i18n/languages.ts';

/** The components a chapter may use without importing them (src/components/chapter-components.ts). */
export const chapterComponentNames = ['Quote', 'Informant', 'ParticipationForm', 'Figure', 'EditorialNote'];

/** What one checked file places and where its frontmatter says it stands. */
export interface CheckedFile {
  file: string;
  slug: string;
  order: number;
  orderLine?: number;
  /** The quotes it places, in order, with the line of each <Quote>. */
  quotes: { id: string; line?: number }[];
}

/** The first component tag opened before `line` that is not closed before the next blank line. */
function unclosedTag(text: string, line: number) {
  for (const match of text.matchAll(/<([A-Za-z][\w.]*)/g)) {
    const at = text.slice(0, match.index).split('\n').length;
    if (at > line) return undefined;
    const paragraph = text.slice(match.index).split(/\n[ \t]*\n/)[0];
    if (!paragraph.includes('>')) return { name: match[1], line: at, column: match.index - text.lastIndexOf('\n', match.index - 1) };
  }
  return undefined;
}

/** Parses MDX; a syntax error is reported where the author made it, with what to write instead. */
function parse(text: string, file: string): Root {
  try {
    return parseMdx(text);
  } catch (error) {
    const { line = 1, column, reason, source } = error as { line?: number; column?: number; reason?: string; source?: string };
    const tag = unclosedTag(text, line);
    if (tag) {
      throw new ContentError({ file, line: tag.line, column: tag.column }, `<${tag.name} is never closed`, `End the tag with "/>" before the paragraph ends: <${tag.name} id="…" />.`);
    }
    const fix = source?.includes('expression')
      ? 'In MDX { starts an expression: write \\{ and \\} for literal braces.'
      : 'In MDX < followed by a letter starts a component: write &lt; for a literal <, and close every component with /> or its closing tag.';
    throw new ContentError({ file, line, column }, `this is not valid MDX: ${reason ?? String(error)}`, fix);
  }
}

/**
 * Checks one chapter or participation-form file the way an author needs it checked before the
 * build renders anything: encoding, frontmatter, MDX syntax, text present, only known
 * components, citation markup, links to other chapters of the same edition.
 */
export function checkContentFile(path: string, schema: z.ZodType, what: string, slugs: string[]): CheckedFile {
  const file = relative(process.cwd(), path);
  const text = readContentText(path);
  const frontmatter = checkFrontmatter(path, schema, what) as { order: number };
  const tree = parse(text, file);
  const vfile = new VFile({ path, cwd: process.cwd(), value: text });
  const body = tree.children.filter((node) => node.type !== 'yaml');
  if (!body.length) {
    throw new ContentError({ file, line: (tree.children[0]?.position?.end.line ?? 0) + 1 }, `the ${what} has no text`, `Write the ${what}'s text below the frontmatter, or delete the file${what === 'chapter' ? ' (and its English twin)' : ''}.`);
  }
  const quotes: CheckedFile['quotes'] = [];
  let depth = 1;
  visit(tree, (node) => {
    if (node.type === 'heading') {
      // The title is the page's only h1; a skipped level breaks the outline screen readers navigate by.
      if (node.depth === 1 || node.depth > depth + 1) {
        const fix = node.depth === 1 ? `The ${what}'s title is its heading: start sections at ## (h2).` : `Use ${'#'.repeat(depth + 1)} here: headings go down one level at a time.`;
        throw new ContentError(placeIn(vfile, node.position?.start), `a heading of level ${node.depth} ${node.depth === 1 ? 'repeats the title level' : `follows level ${depth}`}`, fix);
      }
      depth = node.depth;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement;
      if (!element.name || !/^[A-Z]/.test(element.name)) return;
      if (!chapterComponentNames.includes(element.name)) {
        throw new ContentError(placeIn(vfile, element.position?.start), `<${element.name}> is not a component a ${what} can use`, `Use one of: ${knownList(element.name, chapterComponentNames)} (${guide('chapter')}).`);
      }
      const id = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (element.name === 'Quote' && typeof id === 'string') quotes.push({ id, line: element.position?.start.line });
    }
    if (node.type === 'link') checkLink(node.url, placeIn(vfile, node.position?.start), slugs);
  });
  checkCitationMarkup(tree, vfile);
  const orderLine = text.split('\n').findIndex((l) => /^order:/.test(l));
  return { file, slug: path.split('/').pop()!.replace(/\.mdx$/, ''), order: frontmatter.order, orderLine: orderLine >= 0 ? orderLine + 1 : undefined, quotes };
}

/** A link inside the site must survive the sub-path the site is published under and name a real chapter. */
function checkLink(url: string, place: ReturnType<typeof placeIn>, slugs: string[]) {
  if (url.startsWith('@') || url.startsWith('#') || /^[a-z]+:/.test(url) || url.startsWith('//')) return;
  if (url.startsWith('/')) {
    throw new ContentError(place, `the link '${url}' starts at the site root, which breaks where the site is published under a sub-path`, 'Link relative to the chapter: ../<chapter>/ for another chapter of this edition, #<id> within this one.');
  }
  const chapter = url.match(/^\.\.\/([^/#?]+)\/?(?:#.*)?$/)?.[1];
  if (!chapter || !slugs.includes(chapter)) {
    throw new ContentError(place, `the link '${url}' does not lead to a chapter of this edition`, `Write ../<chapter>/ with one of: ${knownList(chapter ?? url, slugs)}.`);
  }
}

const mdxFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : []);

/**
 * Checks every edition of a kind of page (chapters in content/<lang>/, or the participation
 * forms): every file, no two at the same position, and each original (Danish) file with its
 * twin in every other edition (and no translated file without its original). Returns the files checked.
 */
export function checkEditions(root: string, schema: z.ZodType, what: string): CheckedFile[] {
  const dirs = langs.map((lang) => join(root, lang));
  const original = join(root, defaultLang);
  const originalName = languageName(defaultLang);
  for (const lang of translations) {
    const dir = join(root, lang);
    const name = languageName(lang);
    const missing = mdxFiles(original).find((f) => !existsSync(join(dir, f)));
    if (missing) {
      const [from, to] = [join(original, missing), join(dir, missing)].map((p) => relative(process.cwd(), p));
      throw new ContentError({ file: from }, `the ${what} has no ${name} twin: ${to} is missing`, `Start it from the ${originalName}: copy ${from} to ${to} and translate it block by block (docs/authoring.md#the-english-edition).`);
    }
    const orphan = mdxFiles(dir).find((f) => !existsSync(join(original, f)));
    if (orphan) {
      const [from, to] = [join(dir, orphan), join(original, orphan)].map((p) => relative(process.cwd(), p));
      throw new ContentError({ file: from }, `the ${name} ${what} has no ${originalName} original: ${to} is missing`, `Give it the file name of the ${originalName} ${what} it translates (the names must match), or add ${to}.`);
    }
  }
  const slugs = mdxFiles(original).map((f) => f.replace(/\.mdx$/, ''));
  return dirs.flatMap((dir) => {
    const checked = mdxFiles(dir).map((f) => checkContentFile(join(dir, f), schema, what, slugs));
    checked.forEach((c, i) => {
      const first = checked.findIndex((other) => other.order === c.order);
      if (first !== i) {
        const taken = checked.map((x) => x.order);
        const free = Array.from({ length: Math.max(...taken) + 1 }, (_, n) => n + 1).find((n) => !taken.includes(n));
        throw new ContentError({ file: c.file, line: c.orderLine }, `order ${c.order} is also the order of ${checked[first].file}`, `Give each ${what} its own position: change one of the two (${free} is free), and the same in its twin.`);
      }
    });
    return checked;
  });
}
