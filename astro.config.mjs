// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { site } from './src/site.config.ts';
import { defaultLang, langs } from './src/i18n/languages.ts';
import { entryUrl, termUrl } from './src/routes.ts';
import { sectionRoutes } from './src/integration.ts';
import { thesisData } from './src/data/thesis-data.ts';
import { citationEngine } from './src/citations/engine.ts';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { remarkPlacedContent } from './src/plugins/remark-placed-content.ts';
import { rehypeParagraphIds } from './src/plugins/rehype-paragraph-ids.ts';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { printPdf } from './src/integrations/print-pdf.ts';
import { mdxCompileCache } from './src/integrations/mdx-cache.ts';
import { chapterDataReload } from './src/integrations/chapter-data-reload.ts';
import { buildCacheReport } from './src/integrations/build-cache-report.ts';
import { builtSiteDir } from './scripts/serve-dist.mjs';

export default defineConfig({
  site: site.url || undefined,
  base: site.base,
  outDir: builtSiteDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: defaultLang,
    locales: [...langs],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // After the pages: the sitemap, the search index, then the PDFs (which print from the finished
  // site), and last what the build took from its caches.
  integrations: [mdx(), mdxCompileCache(), chapterDataReload(), sectionRoutes(), sitemap(), searchIndex(), printPdf(), buildCacheReport()],
  vite: {
    build: {
      // Every script ships as a file, never inline, so that the pages work under a strict CSP.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX file that uses a component triggers this known-harmless warning
          // (withastro/astro#18087); any other warning still shows.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // The thesis has no code to highlight; without this the first compile loads Shiki and its themes.
    syntaxHighlight: false,
    processor: unified({
      // The authors' punctuation is kept as written ("[...]", straight quotes), so no SmartyPants.
      smartypants: false,
      // GFM once, as remark-gfm below: unified() would add a copy of its own, and the parser would
      // then try each GFM construct twice.
      gfm: false,
      remarkPlugins: [
        remarkGfm,
        [remarkPlacedContent, { data: () => thesisData() }],
        [remarkCitations, { engineFor: (/** @type {'da'|'en'} */ lang) => citationEngine(lang, thesisData().references), entryUrl }],
        [remarkGlossaryLinks, { glossary: () => thesisData().glossary, termUrl }],
      ],
      rehypePlugins: [rehypeSlug, rehypeParagraphIds],
    }),
  },
});
