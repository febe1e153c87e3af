import type { Lang } from '../i18n/ui.ts';
import type { Quote, Relation } from '../schemas/quote.ts';
import { chapterUrl } from '../routes.ts';
import { placementsIn } from './placements.ts';
import { codingsMatch, codingTokens } from './quote-facets.ts';
import { quotesById } from './thesis-entries.ts';

export interface PlacedQuote {
  id: string;
  quote: Quote;
  chapterId: string;
  /** The chapter's slug, shared by both editions. */
  chapter: string;
  chapterLabel: string;
  /** The card in its chapter. */
  href: string;
}

/** Which quotes a page lists: any combination; a relation alone means any form with that relation, form `none` the quotes without one. */
export interface QuoteSelection {
  informant?: string;
  form?: string;
  relation?: Relation;
  chapter?: string;
}

/** Whether a placed quote belongs to a selection: the one rule every list and count uses. */
export function isSelected(placed: PlacedQuote, { informant, form, relation, chapter }: QuoteSelection): boolean {
  if (chapter && chapter !== placed.chapter) return false;
  if (informant && !placed.quote.turns.some((turn) => turn.speaker === informant)) return false;
  return codingsMatch(codingTokens(placed), form, relation);
}

const inThesisOrder = new Map<Lang, Promise<PlacedQuote[]>>();

/**
 * Each quote once, at its first place in the thesis, in thesis order, with its data: what
 * pages listing quotes show and link back to. Worked out once per edition in a build; `astro dev`
 * works it out per page, so that an edited chapter shows at once.
 */
export function quotesInThesisOrder(lang: Lang): Promise<PlacedQuote[]> {
  if (!import.meta.env.PROD) return placeQuotes(lang);
  if (!inThesisOrder.has(lang)) inThesisOrder.set(lang, placeQuotes(lang));
  return inThesisOrder.get(lang)!;
}

async function placeQuotes(lang: Lang): Promise<PlacedQuote[]> {
  const [{ quotes: placements }, quotes] = await Promise.all([placementsIn(lang), quotesById()]);
  const seen = new Set<string>();
  return placements
    .filter(({ item }) => !seen.has(item.id) && seen.add(item.id))
    .map(({ chapter, slug, item }) => ({
      id: item.id,
      quote: quotes.get(item.id)!,
      chapterId: chapter.id,
      chapter: slug,
      chapterLabel: chapter.data.short ?? chapter.data.title,
      href: `${chapterUrl(lang, slug)}#${item.anchor}`,
    }));
}

/** The quotes of an informant, a participation form (with a relation), a chapter, or all, in thesis order. */
export async function quotesOf(lang: Lang, selection: QuoteSelection = {}): Promise<PlacedQuote[]> {
  return (await quotesInThesisOrder(lang)).filter((placed) => isSelected(placed, selection));
}
