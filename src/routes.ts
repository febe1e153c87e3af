import { langs, type Lang } from './i18n/ui';
import { site } from './site.config';

/** Path segments of the site's own pages, per language; chapters keep one slug in both. */
export const sections = {
  bibliography: { da: 'litteratur', en: 'references' },
  quotes: { da: 'citater', en: 'quotes' },
  informants: { da: 'informanter', en: 'informants' },
  forms: { da: 'former', en: 'forms' },
  search: { da: 'soeg', en: 'search' },
  glossary: { da: 'ordliste', en: 'glossary' },
  versions: { da: 'versioner', en: 'versions' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Section = keyof typeof sections;

const base = site.base.replace(/\/?$/, '/');

/** A site path under the configured base, always ending in "/" (or a #hash). */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const homeUrl = (lang: Lang) => withBase(`${lang}/`);
export const chapterUrl = (lang: Lang, slug: string) => withBase(`${lang}/${slug}/`);
export const sectionUrl = (lang: Lang, section: Section, id?: string) =>
  withBase(`${lang}/${sections[section][lang]}/${id ? `${id}/` : ''}`);
export const entryUrl = (lang: Lang, key: string) => `${sectionUrl(lang, 'bibliography')}#ref-${key}`;
export const termUrl = (lang: Lang, id: string) => `${sectionUrl(lang, 'glossary')}#${id}`;
export const figureUrl = (name: string) => withBase(`figures/${name}`);

/** A page's address in every edition, for hreflang and the language switch. */
export const sectionAlternates = (section: Section, id?: string) =>
  Object.fromEntries(langs.map((lang) => [lang, sectionUrl(lang, section, id)])) as Record<Lang, string>;
export const homeAlternates = () => Object.fromEntries(langs.map((lang) => [lang, homeUrl(lang)])) as Record<Lang, string>;
