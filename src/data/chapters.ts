import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterParts } from '../schemas/chapter';
import type { Lang } from '../i18n/ui';
import { chapterUrl } from '../routes';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** "da/indledning" → "indledning": both editions share the slug. */
export const chapterSlug = (entry: ChapterEntry) => entry.id.split('/').slice(1).join('/');
export const chapterLang = (entry: ChapterEntry) => entry.id.split('/')[0] as Lang;

/** The chapters of one edition in thesis order. */
export async function chaptersIn(lang: Lang): Promise<ChapterEntry[]> {
  const all = await getCollection('chapters', (entry) => chapterLang(entry) === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Chapters grouped by part, parts in thesis order, empty parts left out. */
export function byPart(chapters: ChapterEntry[]) {
  return chapterParts
    .map((part) => ({ part, chapters: chapters.filter((c) => c.data.part === part) }))
    .filter((group) => group.chapters.length > 0);
}

/**
 * The page a chapter's counterpart lives at: the same slug in the other edition when it
 * exists, otherwise that edition's home (while a translation is missing).
 */
export async function counterpartSlug(entry: ChapterEntry, lang: Lang): Promise<string | undefined> {
  const other = await getCollection('chapters', (e) => chapterLang(e) === lang && chapterSlug(e) === chapterSlug(entry));
  return other.length ? chapterSlug(other[0]) : undefined;
}

/**
 * The chapters a reader of an edition gets, in thesis order: each chapter in that language, or
 * the Danish original where the translation is not there yet.
 */
export async function editionChapters(lang: Lang): Promise<ChapterEntry[]> {
  const danish = await chaptersIn('da');
  if (lang === 'da') return danish;
  const own = await chaptersIn(lang);
  return danish.map((da) => own.find((c) => chapterSlug(c) === chapterSlug(da)) ?? da);
}

/** The URL of a chapter as an edition links to it (the original while untranslated). */
export async function editionChapterUrl(lang: Lang, slug: string): Promise<string> {
  const entry = (await editionChapters(lang)).find((c) => chapterSlug(c) === slug);
  return entry ? chapterUrl(chapterLang(entry), slug) : chapterUrl(lang, slug);
}
