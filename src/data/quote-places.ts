import type { Lang } from '../i18n/ui';
import { chapterUrl } from '../routes';
import { placementsIn } from './placements';

export interface PlacedQuote {
  id: string;
  chapterId: string;
  chapterLabel: string;
  /** The card in its chapter. */
  href: string;
}

/**
 * Each quote once, at its first place in the thesis, in thesis order: what pages listing
 * quotes show and link back to.
 */
export async function quotesInThesisOrder(lang: Lang): Promise<PlacedQuote[]> {
  const { quotes } = await placementsIn(lang);
  const seen = new Set<string>();
  return quotes
    .filter(({ item }) => !seen.has(item.id) && seen.add(item.id))
    .map(({ chapter, slug, item }) => ({
      id: item.id,
      chapterId: chapter.id,
      chapterLabel: chapter.data.short ?? chapter.data.title,
      href: `${chapterUrl(lang, slug)}#${item.anchor}`,
    }));
}
