import { useTranslations, type Lang } from '../i18n/ui';
import { isSelected, type PlacedQuote } from '../data/quote-places';
import type { Relation } from '../schemas/quote';

/** "1 citat", "12 citater": the number of quotes as a reader of the edition says it. */
export function quoteCount(lang: Lang, count: number): string {
  const key = new Intl.PluralRules(lang).select(count) === 'one' ? 'quotes.count.one' : 'quotes.count.other';
  return useTranslations(lang)(key).replace('{count}', String(count));
}

/** "7 anvendt, 3 udfordret": how many of these quotes the analysis shows a form applied in, and hindered. */
export function countsByRelation(lang: Lang, quotes: PlacedQuote[], form: string): string {
  const count = (relation: Relation) => String(quotes.filter((p) => isSelected(p, { form, relation })).length);
  return useTranslations(lang)('forms.countByRelation').replace('{supports}', count('supports')).replace('{hinders}', count('hinders'));
}
