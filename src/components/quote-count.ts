import { useTranslations, type Lang } from '../i18n/ui';

/** "1 citat", "12 citater": the number of quotes as a reader of the edition says it. */
export function quoteCount(lang: Lang, count: number): string {
  const key = new Intl.PluralRules(lang).select(count) === 'one' ? 'quotes.count.one' : 'quotes.count.other';
  return useTranslations(lang)(key).replace('{count}', String(count));
}
