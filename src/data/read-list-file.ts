import { relative } from 'node:path';
import { LineCounter, parseDocument, isSeq, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, guide, knownList } from './content-error.ts';
import { readContentText } from './content-text.ts';

export interface ListEntry<T> {
  data: T;
  /** Line of a field of this entry, for errors found after parsing (unknown ids and the like). */
  lineOf: (path?: (string | number)[]) => number | undefined;
  file: string;
}

/** A concrete fix for a YAML syntax error, written from the line it is on. */
function yamlFix(code: string, line: string): string {
  const pair = line.match(/^(\s*-?\s*)([\w-]+):\s*(.*?)\s*$/);
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && pair) {
    return `A value that holds ": " must be in double quotes: ${pair[1]}${pair[2]}: "${pair[3].replaceAll('"', '\\"')}"`;
  }
  if (code === 'DUPLICATE_KEY' && pair) return `'${pair[2]}' is given twice in this entry; keep one of the two lines.`;
  if (code === 'MISSING_CHAR') return 'A quotation mark opened on or before this line is never closed: end the value with " (write \\" for a quotation mark inside it).';
  return 'Check indentation (spaces, not tabs), quotes and commas around that line.';
}

/** A parsed YAML (or JSON) text that can tell the line of any value in it. */
function parseWithLines(text: string, file: string, firstLine = 1) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
  if (doc.errors.length) {
    const [error] = doc.errors;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ContentError(
      { file, line: line + firstLine - 1, column: col },
      `this is not valid YAML/JSON: ${error.message.split('\n')[0]}`,
      yamlFix(error.code, text.split('\n')[line - 1] ?? ''),
    );
  }
  const lineOf = (path: (string | number)[]) => {
    for (let cut = path.length; cut >= 0; cut--) {
      const node = (cut ? doc.getIn(path.slice(0, cut), true) : doc.contents) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { doc: doc as Document, lineOf };
}

/** Validates one value against its schema, reporting the first problem at its line. */
function validate<S extends z.ZodType>(value: unknown, schema: S, at: (path: (string | number)[]) => number | undefined, file: string, name: string, fix: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    const fields = 'shape' in schema ? Object.keys(schema.shape as object) : [];
    throw new ContentError({ file, line: at([...issue.path, key] as (string | number)[]) }, `${name}: '${key}' is not a field here`, `Remove it or correct its spelling; the fields are: ${knownList(key, fields)}.`);
  }
  const path = issue.path as (string | number)[];
  // A schema may carry its own, more concrete fix (see src/schemas/csl.ts).
  const own = (issue as { params?: { fix?: string } }).params?.fix;
  throw new ContentError({ file, line: at(path) }, `${name}: ${path.join('.') || '(entry)'}: ${issue.message}`, own ?? fix);
}

/**
 * Reads a YAML or JSON file holding a list of entries and validates each one, so that an
 * author's mistake is reported at its line rather than as a stack of schema paths.
 */
export function readListFile<S extends z.ZodType>(path: string, schema: S, what: string): ListEntry<z.infer<S>>[] {
  const file = relative(process.cwd(), path);
  const { doc, lineOf } = parseWithLines(readContentText(path), file);
  if (!isSeq(doc.contents)) {
    throw new ContentError({ file, line: 1 }, `expected a list of ${what} entries`, `Start each entry with "- " (YAML) or wrap them in [ ] (JSON).`);
  }
  return (doc.toJS() as unknown[]).map((item, index) => {
    const entryLine = (p: (string | number)[] = []) => lineOf([index, ...p]);
    const id = (item as { id?: unknown })?.id;
    const name = `${what} ${typeof id === 'string' ? `'${id}'` : `#${index + 1}`}`;
    const data = validate(item, schema, entryLine, file, name, `See the ${what} format in ${guide(what)}.`);
    return { data, lineOf: entryLine, file };
  });
}

/**
 * Validates the frontmatter of a Markdown/MDX file, so that a wrong field is reported at its
 * line (Astro's own check names only the file).
 */
export function checkFrontmatter<S extends z.ZodType>(path: string, schema: S, what: string): z.infer<S> {
  const file = relative(process.cwd(), path);
  const text = readContentText(path);
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!match) throw new ContentError({ file, line: 1 }, `${what} has no frontmatter`, `Start the file with a --- block holding title, order${what === 'chapter' ? ', part' : ''} and summary (${guide(what)}).`);
  const { doc, lineOf } = parseWithLines(match[1], file, 2);
  return validate(doc.toJS() ?? {}, schema, lineOf, file, `${what} frontmatter`, `See the ${what} frontmatter in ${guide(what)}.`);
}
