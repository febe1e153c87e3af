import type { Quote } from '../schemas/quote';
import type { Informant } from '../schemas/informant';

/** The facets an examiner filters quotes by; the explorer's filters and matrix both use them. */
export interface QuoteFacets {
  informant: string[];
  municipality: string[];
  setting: string[];
  chapter: string[];
  form: string[];
}

export const facetNames = ['informant', 'municipality', 'setting', 'chapter', 'form'] as const;

export function quoteFacets(quote: Quote, chapterSlug: string, informants: Map<string, Informant>): QuoteFacets {
  const speakers = [...new Set(quote.turns.map((t) => t.speaker))];
  return {
    informant: speakers,
    municipality: [...new Set(speakers.map((s) => informants.get(s)!.municipality))],
    setting: [quote.setting],
    chapter: [chapterSlug],
    form: quote.forms.length ? quote.forms : ['none'],
  };
}
