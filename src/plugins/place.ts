import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { Point } from 'unist';
import type { Place } from '../data/content-error.ts';
import { langPattern } from '../i18n/languages.ts';

/** A place in a Markdown file, for error messages: project-relative path, 1-based line and column. */
export function placeIn(file: VFile, point?: Point): Place {
  return { file: relative(file.cwd, file.path), line: point?.line, column: point?.column };
}

/** The point `offset` characters into a text node that starts at `start`. */
export function pointWithin(start: Point | undefined, text: string, offset: number): Point | undefined {
  if (!start) return undefined;
  const before = text.slice(0, offset).split('\n');
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before[before.length - 1].length + 1 };
}

/** Astro reads `file.data.astro.frontmatter` back as `remarkPluginFrontmatter`. */
export function pluginFrontmatter(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

/**
 * Prefix for ids a plugin creates, so that a part rendered inside a chapter (a participation
 * form inside the theory chapter) cannot repeat the chapter's own ids: "" for chapters,
 * "demokrati-" for content/forms/da/demokrati.mdx.
 */
export function idPrefix(file: VFile): string {
  const path = file.path.replaceAll('\\', '/');
  if (new RegExp(`/content/(${langPattern})/[^/]+$`).test(path)) return '';
  return `${path.split('/').pop()!.replace(/\.mdx?$/, '')}-`;
}
