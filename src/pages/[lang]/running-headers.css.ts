import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterSlug, chaptersIn } from '../../data/chapters.ts';
import { langs, useTranslations, type Lang } from '../../i18n/ui.ts';

export const getStaticPaths = (() => langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * The print page's running headers: one named page per chapter, whose top margin box prints the
 * chapter's short title (Chromium has no `string-set`, so CSS cannot take it from the heading).
 * A file of its own, not an inline style, so the page works under the site's strict CSP.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const t = useTranslations(lang);
  const rule = (name: string, text: string) => `#${name}{page:${name}}@page ${name}{@top-center{content:${JSON.stringify(text)}}}`;
  const chapters = await chaptersIn(lang);
  const css = [...chapters.map((entry) => rule(`chapter-${chapterSlug(entry)}`, entry.data.short ?? entry.data.title)), rule('print-references', t('print.references'))].join('\n');
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
