import { chapterSlug, chapterLang, type ChapterEntry } from '../data/chapters.ts';
import { useTranslations, type Lang } from '../i18n/ui.ts';
import { chapterUrl, homeUrl } from '../routes.ts';
import { site } from '../site.config.ts';
import type { CitedWork } from './thesis-item.ts';

/** The thesis as an edition's home page presents it, or one chapter with its part. */
export function citedWork(lang: Lang, chapter?: ChapterEntry): CitedWork {
  const version = site.version ? { version: site.version } : {};
  if (!chapter) return { lang, path: homeUrl(lang), ...version };
  const t = useTranslations(chapterLang(chapter));
  const slug = chapterSlug(chapter);
  return { lang: chapterLang(chapter), path: chapterUrl(chapterLang(chapter), slug), chapter: { slug, title: chapter.data.title, part: t(`part.${chapter.data.part}`) }, ...version };
}
