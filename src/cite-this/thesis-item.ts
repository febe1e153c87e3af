import type { Lang } from '../i18n/ui.ts';

/** The publication facts the citation draws on: the shape of `site` in src/site.config.ts. */
export interface PublicationFacts {
  title: Record<Lang, string>;
  subtitle: Record<Lang, string>;
  /** "Given Family" or "Family, Given"; empty while not known. */
  authors: readonly string[];
  institution: string;
  year: string;
  /** Origin of the deployed site; without it a citation carries no URL. */
  url: string;
}

/** What is cited: the whole thesis, or one chapter with its place in the thesis. */
export interface CitedWork {
  lang: Lang;
  /** Path of the page under the site (with the base), e.g. "/speciale/da/analysedel-1/". */
  path: string;
  chapter?: { slug: string; title: string; part: string };
  /** A published version of the thesis (a /v/<tag>/ page). */
  version?: { tag: string; date: string };
}

export interface CslName {
  family: string;
  given?: string;
}

/** The subset of CSL-JSON this thesis fills in. */
export interface CslItem {
  id: string;
  type: 'thesis' | 'chapter';
  title: string;
  'container-title'?: string;
  section?: string;
  genre: string;
  author?: CslName[];
  publisher?: string;
  issued?: { 'date-parts': [[number]] };
  version?: string;
  'available-date'?: { 'date-parts': [number[]] };
  URL?: string;
  language: Lang;
  note?: string;
}

/** "Family, Given" as written, otherwise the last word is the family name. */
export function cslName(name: string): CslName {
  const [family, given] = name.includes(',') ? name.split(',', 2).map((s) => s.trim()) : [name.trim().split(/\s+/).pop()!, name.trim().split(/\s+/).slice(0, -1).join(' ')];
  return given ? { family, given } : { family };
}

/** The cited work as a CSL item: only facts the configuration states, nothing filled in. */
export function thesisItem(facts: PublicationFacts, work: CitedWork, notes: { authorNotStated: string }): CslItem {
  const { lang, chapter, version } = work;
  const item: CslItem = {
    id: chapter ? `thesis-${lang}-${chapter.slug}` : `thesis-${lang}`,
    type: chapter ? 'chapter' : 'thesis',
    title: chapter ? chapter.title : facts.title[lang],
    ...(chapter && { 'container-title': facts.title[lang], section: chapter.part }),
    genre: facts.subtitle[lang],
    language: lang,
  };
  if (facts.authors.length) item.author = facts.authors.map(cslName);
  else item.note = notes.authorNotStated;
  if (facts.institution) item.publisher = facts.institution;
  if (/^\d{4}$/.test(facts.year)) item.issued = { 'date-parts': [[Number(facts.year)]] };
  if (version) {
    item.version = version.tag;
    const date = version.date.split('-').map(Number).filter((n) => n > 0);
    if (date.length) item['available-date'] = { 'date-parts': [date] };
  }
  if (facts.url) item.URL = new URL(work.path, facts.url).href;
  return item;
}
