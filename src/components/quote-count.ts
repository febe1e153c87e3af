import type { Lang } from '../i18n/ui.ts';
import { countSentence, sentence } from '../i18n/sentence.ts';
import { isSelected, type PlacedQuote } from '../data/quote-places.ts';
import type { Relation } from '../schemas/quote.ts';

/** "1 citat", "12 citater": the number of quotes as a reader of the edition says it. */
export function quoteCount(lang: Lang, count: number): string {
  return countSentence(lang, 'quotes.count', count);
}

/** "7 anvendt, 3 udfordret": how many of these quotes the analysis shows a form applied in, and hindered. */
export function countsByRelation(lang: Lang, quotes: PlacedQuote[], form: string): string {
  const count = (relation: Relation) => quotes.filter((p) => isSelected(p, { form, relation })).length;
  return sentence(lang, 'forms.countByRelation', { supports: count('supports'), hinders: count('hinders') });
}
