import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';

/** Where an author's mistake is: a path relative to the project, and a 1-based line when known. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

export const formatPlace = ({ file, line, column }: Place) =>
  [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');

/**
 * The one error authors see for bad input: it names the file and line, says what is wrong and
 * how to fix it, in Astro's error overlay and in the build log alike.
 */
export class ContentError extends AstroError {
  constructor(place: Place, problem: string, fix: string) {
    super(`${formatPlace(place)}: ${problem}`, fix);
    this.name = 'ContentError';
    // Astro's "Location", its overlay and the stack trace all point at the author's file and
    // line, not at the reader in src/data that found the mistake.
    const loc = { file: resolve(place.file), line: place.line ?? 1, column: place.column ?? 1 };
    Object.assign(this, { loc });
    this.stack = `${this.name}: ${this.message}\n    at ${loc.file}:${loc.line}:${loc.column}`;
  }
}

/** "known: a, b, c" with the closest match first, so a typo's fix is the first name read. */
export function knownList(wrong: string, known: Iterable<string>): string {
  const all = [...known];
  const score = (k: string) => {
    let s = 0;
    while (s < k.length && s < wrong.length && k[s] === wrong[s]) s++;
    return -s;
  };
  return all.sort((a, b) => score(a) - score(b) || a.localeCompare(b)).join(', ');
}

/** The section of docs/authoring.md that describes a kind of content: every hint points at one that exists (a test checks). */
export function guide(what: string): string {
  const sections: Record<string, string> = {
    chapter: 'chapters',
    'participation form': 'participation-forms',
    quote: 'quotes',
    informant: 'informants',
    reference: 'references',
    'glossary term': 'glossary',
  };
  return `docs/authoring.md#${sections[what] ?? 'when-the-build-stops'}`;
}
