import { render } from 'astro:content';
import type { CitationPlacement } from '../plugins/remark-citations';
import type { QuotePlacement } from '../plugins/remark-placed-content';
import type { Lang } from '../i18n/ui';
import { chapterLang, chapterSlug, editionChapters, type ChapterEntry } from './chapters';
import { formSlug, formsIn, type FormEntry } from './thesis-entries';

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

const placementsOf = async (entry: ChapterEntry | FormEntry) => {
  const { remarkPluginFrontmatter: fm } = await render(entry);
  return { citations: fm.citations ?? [], quotes: fm.quotes ?? [], forms: fm.forms ?? [] } as ChapterPlacements;
};

/**
 * Where each citation and quote stands, in thesis order, as the Markdown plugins recorded it,
 * over the chapters an edition's reader gets (see editionChapters). Citations inside a
 * participation form count where the theory chapter shows that form.
 */
export async function placementsIn(lang: Lang) {
  const formPlacements = async (l: Lang) => new Map(await Promise.all((await formsIn(l)).map(async (f) => [formSlug(f), await placementsOf(f)] as const)));
  const forms = await formPlacements(lang);
  const citations: Placed<CitationPlacement>[] = [];
  const quotes: Placed<QuotePlacement>[] = [];
  const danishForms = lang === 'da' ? forms : await formPlacements('da');
  for (const chapter of await editionChapters(lang)) {
    const own = await placementsOf(chapter);
    const slug = chapterSlug(chapter);
    const formsHere = chapterLang(chapter) === lang ? forms : danishForms;
    const all = [...own.citations, ...own.forms.flatMap((id) => formsHere.get(id)?.citations ?? [])];
    citations.push(...all.map((item) => ({ chapter, slug, item })));
    quotes.push(...own.quotes.map((item) => ({ chapter, slug, item })));
  }
  return { citations, quotes };
}
