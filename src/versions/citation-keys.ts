const CITED_KEY = /(?<![\p{L}\p{N}@.])@([a-z0-9]+(?:-[a-z0-9]+)*)/gu;

/**
 * The reference keys a text cites, in any of the syntaxes the thesis has used: pandoc's
 * `[@monrad-2020, s. 548]` and `@lipsky-1980 [s. 3]`, and the printed-text link
 * `[Monrad (2020)](@monrad-2020)`. An address like `a@b.dk` is not a citation.
 */
export function citedKeys(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(CITED_KEY), (match) => match[1]));
}
