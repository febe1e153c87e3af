import { useTranslations, type Lang, type UiKey } from '../i18n/ui';

type Values = Record<string, string | number>;

/** A UI sentence with its placeholders filled: "Ændret siden {tag}" → "Ændret siden indleveret". */
export function sentence(lang: Lang, key: UiKey, values: Values = {}): string {
  return useTranslations(lang)(key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A sentence about a count, in the plural form the language uses for it (keys `….one`, `….other`). */
export function countSentence(lang: Lang, key: string, count: number, values: Values = {}): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return sentence(lang, `${key}.${form}` as UiKey, { count, ...values });
}

/** "12. juni 2026" / "12 June 2026". */
export const dateIn = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

export const listIn = (lang: Lang, items: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
