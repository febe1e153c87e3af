import type { APIRoute } from 'astro';
import { chapterSlug, chaptersIn, type ChapterEntry } from '../../../data/chapters.ts';
import { langs, type Lang } from '../../../i18n/ui.ts';
import { citedWork } from '../../../cite-this/cited-work.ts';
import { citationFile, citationFormats, type CitationFormat } from '../../../cite-this/cite-this.ts';

/** BibTeX, RIS and CSL-JSON for each edition's home page (the thesis) and each chapter. */
export async function getStaticPaths() {
  const formats = Object.keys(citationFormats) as CitationFormat[];
  const paths = [];
  for (const lang of langs) {
    const pages: (ChapterEntry | undefined)[] = [undefined, ...(await chaptersIn(lang))];
    for (const entry of pages) {
      for (const format of formats) paths.push({ params: { lang, chapter: entry && chapterSlug(entry), format }, props: { entry } });
    }
  }
  return paths;
}

export const GET: APIRoute = ({ params, props }) => {
  const lang = params.lang as Lang;
  const format = params.format as CitationFormat;
  const entry = props.entry as ChapterEntry | undefined;
  return new Response(citationFile(citedWork(lang, entry), format), { headers: { 'Content-Type': `${citationFormats[format].type}; charset=utf-8` } });
};
