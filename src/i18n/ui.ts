import da from './da.ts';
import en from './en.ts';
import { langPattern, langs, type Lang } from './languages.ts';

export { defaultLang, langs, locales, translations, type Lang } from './languages.ts';
export type UiKey = keyof typeof da;

const strings: Record<Lang, Record<UiKey, string>> = { da, en };

export const isLang = (value: unknown): value is Lang => langs.includes(value as Lang);

/** The UI string for a key in a language. */
export const useTranslations = (lang: Lang) => (key: UiKey) => strings[lang][key];

/** The language of a content file, from its path under content/<lang>/ or content/<kind>/<lang>/. */
export function langOfPath(path: string): Lang | undefined {
  const match = path.replaceAll('\\', '/').match(new RegExp(`/content/(?:[^/]+/)?(${langPattern})/`));
  return match ? (match[1] as Lang) : undefined;
}
