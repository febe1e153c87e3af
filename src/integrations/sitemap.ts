import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

export interface SitemapPage {
  url: string;
  /** hreflang → absolute URL, as the page's own <link rel="alternate"> tags give them. */
  alternates: Record<string, string>;
}

/**
 * The pages a sitemap lists, read from the built HTML: each page that is its own canonical
 * (not the 404 page, not the language picker that points at /da/) and not marked noindex, with
 * the hreflang alternates the page itself declares.
 */
export function sitemapPage(html: string, ownUrl: string): SitemapPage | undefined {
  const tree = fromHtml(html);
  const robots = String(select('meta[name=robots]', tree)?.properties.content ?? '');
  const canonical = select('link[rel=canonical]', tree)?.properties.href;
  if (/noindex/.test(robots) || canonical !== ownUrl) return undefined;
  const alternates = Object.fromEntries(selectAll('link[rel=alternate][hreflang]', tree).map((l) => [String(l.properties.hrefLang), String(l.properties.href)]));
  return { url: canonical, alternates };
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function sitemapXml(pages: SitemapPage[]): string {
  const urls = pages.map(({ url, alternates }) => {
    const links = Object.entries(alternates).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${xml(lang)}" href="${xml(href)}"/>`);
    return `<url><loc>${xml(url)}</loc>${links.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export const robotsTxt = (sitemapUrl?: string) => `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;

/** Writes sitemap.xml (when the site's address is known) and robots.txt after the build. */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'thesis-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let sitemapUrl: string | undefined;
        const origin = site;
        if (origin) {
          const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
          const pages = (await Promise.all(files.map(async (f) => sitemapPage(await readFile(join(root, f), 'utf8'), new URL(base + f.replace(/index\.html$/, ''), origin).href)))).filter((p) => p !== undefined);
          await writeFile(join(root, 'sitemap.xml'), sitemapXml(pages));
          sitemapUrl = new URL(`${base}sitemap.xml`, origin).href;
          logger.info(`sitemap.xml: ${pages.length} pages`);
        } else {
          logger.info('sitemap.xml skipped: SITE_URL is not set, and a sitemap needs absolute addresses');
        }
        await writeFile(join(root, 'robots.txt'), robotsTxt(sitemapUrl));
      },
    },
  };
}
