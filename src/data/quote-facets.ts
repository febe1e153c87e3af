import type { Informant } from '../schemas/informant.ts';
import type { PlacedQuote } from './quote-places.ts';

/** The facets an examiner filters quotes by; the explorer's filters and matrix both use them. */
export const facetNames = ['informant', 'municipality', 'setting', 'chapter', 'form', 'relation'] as const;
export type FacetName = (typeof facetNames)[number];
export type QuoteFacets = Record<FacetName, string[]>;

/** What a quote counts as under each facet; `form` is `none` when the analysis names no form for it. */
export function quoteFacets({ quote, chapter }: PlacedQuote, informants: Map<string, Informant>): QuoteFacets {
  const speakers = [...new Set(quote.turns.map((t) => t.speaker))];
  return {
    informant: speakers,
    municipality: [...new Set(speakers.map((s) => informants.get(s)!.municipality))],
    setting: [quote.setting],
    chapter: [chapter],
    form: quote.forms.length ? quote.forms.map((c) => c.form) : ['none'],
    relation: [...new Set(quote.forms.map((c) => c.relation))],
  };
}

/** Facets matched together, on a quote's codings; each of the others is matched on its own. */
export const codingFacets: readonly string[] = ['form', 'relation'] satisfies FacetName[];

/** A quote's codings as the explorer's list items carry them: `demokrati:supports`. */
export const codingTokens = ({ quote }: PlacedQuote) => quote.forms.map((c) => `${c.form}:${c.relation}`);

/**
 * Whether codings match a chosen form and relation. They are matched together, so that
 * "samskabelse, hindered" does not pick a quote where samskabelse is applied and another form hindered.
 */
export function codingsMatch(tokens: string[], form = '', relation = ''): boolean {
  if (form === 'none') return tokens.length === 0 && !relation;
  if (!form && !relation) return true;
  return tokens.some((token) => {
    const [f, r] = token.split(':');
    return (!form || f === form) && (!relation || r === relation);
  });
}
