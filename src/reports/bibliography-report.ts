import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readListFile } from '../data/read-list-file.ts';
import { referenceSchema, type Reference } from '../schemas/reference.ts';
import { citationsOf } from '../data/structure.ts';

export interface CitedAt {
  key: string;
  file: string;
  line: number;
}

/** Every citation written in the Danish edition and its forms, with file and line. */
export function citationsIn(contentDir: string): CitedAt[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && /(^|\/)da\//.test(f.replaceAll('\\', '/')))
    .map((f) => join(contentDir, f));
  return files.flatMap((path) => {
    const file = relative(process.cwd(), path);
    return citationsOf(readFileSync(path, 'utf8'), path).flatMap((citation) =>
      citation.works.map((work) => ({ key: work.key, file, line: work.position?.line ?? 0 })),
    );
  });
}

const nameOf = (key: string) => key.replace(/-(\d{4}|ua)[a-z]?$/, '');
const yearOf = (key: string) => key.match(/-(\d{4}|ua)[a-z]?$/)?.[1] ?? '';

/**
 * What the authors should look at before publishing: entries that could not be verified,
 * works listed but never cited, and the source's own inconsistencies. Nothing here changes the
 * text; the authors decide.
 */
export function bibliographyReport(contentDir: string): string[] {
  const file = join(contentDir, 'references.json');
  const entries = readListFile(file, referenceSchema, 'reference');
  const references = new Map<string, Reference>(entries.map((e) => [e.data.id, e.data]));
  const cited = citationsIn(contentDir);
  const lines: string[] = [];
  const section = (title: string, items: string[]) => items.length && lines.push(`\n${title} (${items.length})`, ...items.map((i) => `  - ${i}`));

  const verified = [...references.values()].filter((r) => !r.custom.incomplete).length;
  lines.push(`${references.size} works, ${cited.length} citations in the Danish edition; ${verified} verified, ${references.size - verified} incomplete.`);

  section(
    'Incomplete entries: facts a reader needs that could not be verified',
    entries.filter((e) => e.data.custom.incomplete).map((e) => `${relative(process.cwd(), file)}:${e.lineOf(['id'])} ${e.data.id}: missing ${e.data.custom.missing?.join(', ') || 'unspecified'}`),
  );
  section(
    'Listed but never cited',
    entries.filter((e) => !cited.some((c) => c.key === e.data.id)).map((e) => `${relative(process.cwd(), file)}:${e.lineOf(['id'])} ${e.data.id}`),
  );
  section(
    'Cited but not listed',
    cited.filter((c) => !references.has(c.key)).map((c) => `${c.file}:${c.line} @${c.key}`),
  );

  const byName = new Map<string, string[]>();
  for (const key of references.keys()) byName.set(nameOf(key), [...(byName.get(nameOf(key)) ?? []), key]);
  section(
    'Same authors cited with different years (check which year is right)',
    [...byName.values()].filter((keys) => new Set(keys.map(yearOf)).size > 1).map((keys) => keys.map((k) => `${k} (${cited.filter((c) => c.key === k).length}×)`).join(' / ')),
  );
  section(
    'Letter suffix without a sibling of the same authors and year',
    [...references.keys()].filter((k) => /-(\d{4}|ua)[a-z]$/.test(k) && ![...references.keys()].some((o) => o !== k && o.replace(/[a-z]$/, '') === k.replace(/[a-z]$/, ''))).map((k) => k),
  );
  section(
    'Notes on how the thesis prints a citation',
    [...references.values()].filter((r) => typeof r.custom.remarks === 'string' && r.custom.remarks).map((r) => `${r.id}: ${r.custom.remarks}`),
  );
  return lines;
}
