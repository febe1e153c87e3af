import { fill } from './fill.ts';
import { useTranslations, type Lang, type UiKey } from './ui.ts';

type Values = Record<string, string | number>;

/** A UI sentence with its placeholders filled: "Ændret siden {tag}" → "Ændret siden indleveret". */
export const sentence = (lang: Lang, key: UiKey, values: Values = {}): string => fill(useTranslations(lang)(key), values);

/** A sentence about a count, in the plural form the language uses for it (keys `….one`, `….other`). */
export function countSentence(lang: Lang, key: string, count: number, values: Values = {}): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return sentence(lang, `${key}.${form}` as UiKey, { count, ...values });
}

/** A list as the language writes it in running text: "A, B og C" / "A, B, and C". */
export const listIn = (lang: Lang, items: string[]): string => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
