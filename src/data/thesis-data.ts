import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { informantSchema, type Informant } from '../schemas/informant.ts';
import { quoteSchema, type Quote } from '../schemas/quote.ts';
import { referenceSchema, type Reference } from '../schemas/reference.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { ContentError, knownList, type Place } from './content-error.ts';
import { readListFile, type ListEntry } from './read-list-file.ts';
import { defaultLang } from '../i18n/languages.ts';

export interface ThesisData {
  informants: Map<string, Informant>;
  quotes: Map<string, Quote>;
  references: Map<string, Reference>;
  glossary: Map<string, GlossaryTerm>;
  formIds: string[];
  /** Where an entry is written ("quote", "informant", …), down to the line of one of its fields, for later checks' errors. */
  placeOf: (what: string, id: string, path?: (string | number)[]) => Place;
}

/** Each entry as written, by "<what>:<id>", to find its lines again. */
type Written = Map<string, ListEntry<unknown>>;

function indexById<T extends { id: string }>(written: Written, entries: ListEntry<T>[], what: string, into = new Map<string, T>()) {
  for (const entry of entries) {
    const { data, file, lineOf } = entry;
    if (into.has(data.id)) {
      throw new ContentError({ file, line: lineOf(['id']) }, `${what} id '${data.id}' is used twice`, `Give one of them another id; ids must be unique across content/.`);
    }
    into.set(data.id, data);
    written.set(`${what}:${data.id}`, entry);
  }
  return into;
}


/** A data file with an extension the reader skips (quotes.yml) would silently vanish from the site. */
function refuseIgnored(dir: string, ext: string) {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.endsWith(ext) || name.startsWith('.')) continue;
    throw new ContentError(
      { file: relative(process.cwd(), join(dir, name)) },
      `this file is not read: only ${ext} files in ${relative(process.cwd(), dir) || '.'}/ are`,
      `Rename it to ${name.replace(/\.[^.]*$/, '')}${ext}, or move it out of ${relative(process.cwd(), dir)}/ if it is not meant for the site.`,
    );
  }
}

function listFiles(dir: string, ext: string) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];
}

/**
 * Reads informants, participation forms, quotes and references from `content/` and checks that
 * every id one of them names exists. Plugins and pages both read through here.
 */
export function readThesisData(contentDir: string): ThesisData {
  const written: Written = new Map();
  const placeOf = (what: string, id: string, path: (string | number)[] = []): Place => {
    const entry = written.get(`${what}:${id}`);
    return entry ? { file: entry.file, line: entry.lineOf(path) } : { file: relative(process.cwd(), contentDir) };
  };
  const informantEntries = readListFile(join(contentDir, 'informants.yaml'), informantSchema, 'informant');
  const informants = indexById(written, informantEntries, 'informant');
  const formIds = listFiles(join(contentDir, 'forms', defaultLang), '.mdx').map((f) => f.replace(/\.mdx$/, ''));

  const quotes = new Map<string, Quote>();
  refuseIgnored(join(contentDir, 'quotes'), '.yaml');
  for (const name of listFiles(join(contentDir, 'quotes'), '.yaml')) {
    const entries = readListFile(join(contentDir, 'quotes', name), quoteSchema, 'quote');
    indexById(written, entries, 'quote', quotes);
    for (const { data: quote, file, lineOf } of entries) {
      quote.turns.forEach((turn, t) => {
        if (!informants.has(turn.speaker)) {
          throw new ContentError(
            { file, line: lineOf(['turns', t, 'speaker']) },
            `quote '${quote.id}' names speaker '${turn.speaker}', which is not in content/informants.yaml`,
            `Use one of: ${knownList(turn.speaker, informants.keys())}.`,
          );
        }
      });
      quote.forms.forEach(({ form }, f) => {
        if (!formIds.includes(form)) {
          throw new ContentError(
            { file, line: lineOf(['forms', f, 'form']) },
            `quote '${quote.id}' names participation form '${form}', which is not in content/forms/${defaultLang}/`,
            `Use one of: ${knownList(form, formIds)}.`,
          );
        }
        if (quote.forms.findIndex((c) => c.form === form) !== f) {
          throw new ContentError(
            { file, line: lineOf(['forms', f, 'form']) },
            `quote '${quote.id}' codes participation form '${form}' twice`,
            'Keep one coding per form: the analysis either shows the form (supports) or says it was hindered (hinders).',
          );
        }
      });
    }
  }

  const referencesFile = join(contentDir, 'references.json');
  const references = existsSync(referencesFile)
    ? indexById(written, readListFile(referencesFile, referenceSchema, 'reference'), 'reference')
    : new Map<string, Reference>();

  const glossaryFile = join(contentDir, 'glossary.yaml');
  const glossary = existsSync(glossaryFile)
    ? indexById(written, readListFile(glossaryFile, glossaryTermSchema, 'glossary term'), 'glossary term')
    : new Map<string, GlossaryTerm>();

  return { informants, quotes, references, glossary, formIds, placeOf };
}

/**
 * The last data read, kept on globalThis: Astro loads this module several times in one build
 * (config, content layer, pages), and each would read and parse every data file again.
 */
const cache: { last?: { key: string; data: ThesisData } } = ((globalThis as { __thesisData?: object }).__thesisData ??= {});

/** What the data depends on: the data files and their modification times. */
function signature(contentDir: string): string {
  const files = [
    ...['informants.yaml', 'references.json', 'glossary.yaml'].map((f) => join(contentDir, f)),
    ...(existsSync(join(contentDir, 'quotes')) ? readdirSync(join(contentDir, 'quotes')) : []).map((f) => join(contentDir, 'quotes', f)),
    ...listFiles(join(contentDir, 'forms', defaultLang), '.mdx').map((f) => join(contentDir, 'forms', defaultLang, f)),
  ];
  return files.map((f) => `${f}@${existsSync(f) ? statSync(f).mtimeMs : '-'}`).join('|');
}

/** The data of the project being built, read again only when a data file changed (as in `astro dev`). */
export function thesisData(contentDir = 'content'): ThesisData {
  const dir = resolve(contentDir);
  const key = signature(dir);
  if (cache.last?.key !== key) cache.last = { key, data: readThesisData(dir) };
  return cache.last!.data;
}
