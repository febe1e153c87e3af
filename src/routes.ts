import { langs, type Lang } from './i18n/ui.ts';
import { site } from './site.config.ts';

/** One of the site's own pages: its path segment per language and the views that draw it. */
interface SectionRow extends Record<Lang, string> {
  /** The section's page, a file in src/views/; it reads its language with currentLang(Astro). */
  view: string;
  /** The page of one item at `<section>/<id>/`, a file in src/views/ with getStaticPaths. */
  itemView?: string;
}

/**
 * The site's own pages (chapters keep one slug in both editions and are routed by
 * src/pages/[lang]/[chapter].astro). Each row makes the routes `/<lang>/<slug>/` (and
 * `/<lang>/<slug>/<id>/` with an itemView) in every language, through src/integration.ts.
 * To add a section: add one row here and its view file in src/views/, and put the page's
 * UI strings in src/i18n/da.ts and en.ts; links come from sectionUrl(lang, '<section>').
 */
export const sections = {
  bibliography: { da: 'litteratur', en: 'references', view: 'BibliographyPage.astro' },
  quotes: { da: 'citater', en: 'quotes', view: 'QuoteExplorer.astro' },
  informants: { da: 'informanter', en: 'informants', view: 'InformantsIndex.astro', itemView: 'InformantPage.astro' },
  forms: { da: 'former', en: 'forms', view: 'FormsIndex.astro', itemView: 'FormPage.astro' },
  search: { da: 'soeg', en: 'search', view: 'SearchPage.astro' },
  glossary: { da: 'ordliste', en: 'glossary', view: 'GlossaryPage.astro' },
  edition: { da: 'om-udgaven', en: 'about-this-edition', view: 'EditionPage.astro' },
  versions: { da: 'versioner', en: 'versions', view: 'VersionsPage.astro', itemView: 'VersionChanges.astro' },
  print: { da: 'udskrift', en: 'print', view: 'PrintEdition.astro' },
} as const satisfies Record<string, SectionRow>;
export type Section = keyof typeof sections;

/**
 * Pages whose address differs from their id in an edition. A participation form's id is its
 * Danish name (content/forms/da/<id>.mdx); the English page is named with Monrad's English term.
 */
export const pageSlugs: { [S in Section]?: Record<string, Partial<Record<Lang, string>>> } = {
  forms: {
    demokrati: { en: 'democratic' },
    forbrug: { en: 'consumerist' },
    'selv-refleksion': { en: 'self-reflexive' },
    samskabelse: { en: 'co-productive' },
  },
};

/** The path segment of one item's page in a section, in an edition. */
export const pageSlug = (lang: Lang, section: Section, id: string) => pageSlugs[section]?.[id]?.[lang] ?? id;

const base = site.base.replace(/\/?$/, '/');

/** A site path under the configured base, always ending in "/" (or a #hash). */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const homeUrl = (lang: Lang) => withBase(`${lang}/`);
/** The table of contents, on an edition's home page. */
export const contentsUrl = (lang: Lang) => `${homeUrl(lang)}#toc`;
export const chapterUrl = (lang: Lang, slug: string) => withBase(`${lang}/${slug}/`);
export const sectionUrl = (lang: Lang, section: Section, id?: string) =>
  withBase(`${lang}/${sections[section][lang]}/${id ? `${pageSlug(lang, section, id)}/` : ''}`);
export const entryUrl = (lang: Lang, key: string) => `${sectionUrl(lang, 'bibliography')}#ref-${key}`;
export const termUrl = (lang: Lang, id: string) => `${sectionUrl(lang, 'glossary')}#${id}`;
/** The language of a route pattern such as "/da/former/[id]", for getStaticPaths. */
export const langOfRoute = (routePattern: string) => routePattern.split('/')[1] as Lang;

/** A page's address in every edition, for hreflang and the language switch. */
const inEveryEdition = (url: (lang: Lang) => string) => Object.fromEntries(langs.map((lang) => [lang, url(lang)])) as Record<Lang, string>;
export const sectionAlternates = (section: Section, id?: string) => inEveryEdition((lang) => sectionUrl(lang, section, id));
export const chapterAlternates = (slug: string) => inEveryEdition((lang) => chapterUrl(lang, slug));
export const homeAlternates = () => inEveryEdition(homeUrl);
