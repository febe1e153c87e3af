import { render } from 'astro:content';
import type { CitationPlacement } from '../plugins/remark-citations.ts';
import type { QuotePlacement } from '../plugins/remark-placed-content.ts';
import type { Lang } from '../i18n/ui.ts';
import { chapterSlug, chaptersIn, type ChapterEntry } from './chapters.ts';
import { formSlug, formsIn, type FormEntry } from './thesis-entries.ts';

export interface Placed<T> {
  chapter: ChapterEntry;
  slug: string;
  item: T;
}

interface ChapterPlacements {
  citations: CitationPlacement[];
  quotes: QuotePlacement[];
  forms: string[];
}

export interface EditionPlacements {
  citations: Placed<CitationPlacement>[];
  quotes: Placed<QuotePlacement>[];
}

const placementsOf = async (entry: ChapterEntry | FormEntry) => {
  const { remarkPluginFrontmatter: fm } = await render(entry);
  return { citations: fm.citations ?? [], quotes: fm.quotes ?? [], forms: fm.forms ?? [] } as ChapterPlacements;
};

/** One edition's placements, read from what the Markdown plugins recorded for each file. */
async function derivePlacements(chapters: ChapterEntry[], forms: FormEntry[]): Promise<EditionPlacements> {
  const formPlacements = new Map(await Promise.all(forms.map(async (f) => [formSlug(f), await placementsOf(f)] as const)));
  const citations: Placed<CitationPlacement>[] = [];
  const quotes: Placed<QuotePlacement>[] = [];
  for (const chapter of chapters) {
    const own = await placementsOf(chapter);
    const slug = chapterSlug(chapter);
    const all = [...own.citations, ...own.forms.flatMap((id) => formPlacements.get(id)?.citations ?? [])];
    citations.push(...all.map((item) => ({ chapter, slug, item })));
    quotes.push(...own.quotes.map((item) => ({ chapter, slug, item })));
  }
  return { citations, quotes };
}

// Every chapter page and several section pages ask for these; deriving them once per edition
// keeps the build linear in the number of chapters. The key (ids and content digests) makes
// `astro dev` derive them again after an edit.
const derived = new Map<Lang, { key: string; placements: Promise<EditionPlacements> }>();

/**
 * Where each citation and quote stands in an edition, in thesis order, as the Markdown plugins
 * recorded it. Citations inside a participation form count where the theory chapter shows
 * that form.
 */
export async function placementsIn(lang: Lang): Promise<EditionPlacements> {
  const [chapters, forms] = await Promise.all([chaptersIn(lang), formsIn(lang)]);
  const key = [...chapters, ...forms].map((entry) => `${entry.id}@${entry.digest}`).join(' ');
  const cached = derived.get(lang);
  if (cached?.key === key) return cached.placements;
  const placements = derivePlacements(chapters, forms);
  derived.set(lang, { key, placements });
  return placements;
}
