import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterParts } from '../schemas/chapter.ts';
import type { Lang } from '../i18n/ui.ts';

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
