import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error';

export interface ListEntry<T> {
  data: T;
  /** Line of a field of this entry, for errors found after parsing (unknown ids and the like). */
  lineOf: (path?: (string | number)[]) => number | undefined;
  file: string;
}

/**
 * Reads a YAML or JSON file holding a list of entries and validates each one, so that an
 * author's mistake is reported at its line rather than as a stack of schema paths.
 */
export function readListFile<S extends z.ZodType>(path: string, schema: S, what: string): ListEntry<z.infer<S>>[] {
  const file = relative(process.cwd(), path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    const [error] = doc.errors;
    throw new ContentError({ file, line: lineAt(error.pos[0]) }, `this is not valid YAML/JSON: ${error.message.split('\n')[0]}`, 'Check indentation, quotes and commas around that line.');
  }
  if (!isSeq(doc.contents)) {
    throw new ContentError({ file, line: 1 }, `expected a list of ${what} entries`, `Start each entry with "- " (YAML) or wrap them in [ ] (JSON).`);
  }
  const raw = doc.toJS() as unknown[];
  return raw.map((item, index) => {
    const lineOf = (path: (string | number)[] = []) => {
      for (let cut = path.length; cut >= 0; cut--) {
        const node = doc.getIn([index, ...path.slice(0, cut)], true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineAt(node.range[0]);
      }
      return undefined;
    };
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const id = (item as { id?: unknown })?.id;
      const field = issue.path.join('.') || '(entry)';
      throw new ContentError(
        { file, line: lineOf(issue.path as (string | number)[]) },
        `${what} ${typeof id === 'string' ? `'${id}'` : `#${index + 1}`}: ${field}: ${issue.message}`,
        `See the ${what} format in docs/authoring.md.`,
      );
    }
    return { data: parsed.data as z.infer<S>, lineOf, file };
  });
}
