import type { AstroIntegration } from 'astro';
import { langs } from './i18n/languages.ts';
import { sections } from './routes.ts';

/** The routes of the site's own pages, one per row of `sections` and language (see routes.ts). */
export function sectionRoutes(): AstroIntegration {
  return {
    name: 'thesis-section-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        const view = (file: string) => new URL(`./views/${file}`, import.meta.url);
        for (const row of Object.values(sections)) {
          for (const lang of langs) {
            injectRoute({ pattern: `/${lang}/${row[lang]}`, entrypoint: view(row.view) });
            if ('itemView' in row) injectRoute({ pattern: `/${lang}/${row[lang]}/[id]`, entrypoint: view(row.itemView) });
          }
        }
      },
    },
  };
}
