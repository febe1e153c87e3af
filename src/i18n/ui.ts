import da from './da';
import en from './en';

export const langs = ['da', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'da';
export type UiKey = keyof typeof da;

const strings: Record<Lang, Record<UiKey, string>> = { da, en };

export const isLang = (value: unknown): value is Lang => langs.includes(value as Lang);
export const otherLang = (lang: Lang): Lang => (lang === 'da' ? 'en' : 'da');

/** The UI string for a key in a language. */
export const useTranslations = (lang: Lang) => (key: UiKey) => strings[lang][key];

/** The language of a content file, from its path under content/<lang>/ or content/<kind>/<lang>/. */
export function langOfPath(path: string): Lang | undefined {
  const match = path.replaceAll('\\', '/').match(/\/content\/(?:[^/]+\/)?(da|en)\//);
  return match ? (match[1] as Lang) : undefined;
}
