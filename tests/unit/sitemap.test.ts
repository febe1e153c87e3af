import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { robotsTxt, sitemapPage, sitemapXml } from '../../src/integrations/sitemap.ts';

const page = (canonical: string, extra = '') =>
  `<!doctype html><html lang="da"><head><title>x</title><link rel="canonical" href="${canonical}">` +
  `<link rel="alternate" hreflang="da" href="https://x.org/s/da/litteratur/"><link rel="alternate" hreflang="en" href="https://x.org/s/en/references/">${extra}</head><body></body></html>`;

describe('sitemap and robots.txt', () => {
  it('lists a page that is its own canonical with the alternates it declares', () => {
    expect(sitemapPage(page('https://x.org/s/da/litteratur/'), 'https://x.org/s/da/litteratur/')).toEqual({
      url: 'https://x.org/s/da/litteratur/',
      alternates: { da: 'https://x.org/s/da/litteratur/', en: 'https://x.org/s/en/references/' },
    });
  });

  it('leaves out pages that point elsewhere as canonical (404, language picker) or say noindex (print edition)', () => {
    expect(sitemapPage(page('https://x.org/s/da/'), 'https://x.org/s/404.html')).toBeUndefined();
    expect(sitemapPage(page('https://x.org/s/da/udskrift/', '<meta name="robots" content="noindex, follow">'), 'https://x.org/s/da/udskrift/')).toBeUndefined();
  });

  it('writes each page with its hreflang alternates, escaped', () => {
    const xml = sitemapXml([{ url: 'https://x.org/s/da/?a=1&b=2', alternates: { en: 'https://x.org/s/en/' } }]);
    const tree = fromHtml(xml, { space: 'svg' });
    expect(selectAll('loc', tree).map((n) => (n.children[0] as { value: string }).value)).toEqual(['https://x.org/s/da/?a=1&b=2']);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.org/s/en/"/>');
  });

  it('names the sitemap in robots.txt only when its address is known', () => {
    expect(robotsTxt('https://x.org/s/sitemap.xml')).toMatch(/^Sitemap: https:\/\/x\.org\/s\/sitemap\.xml$/m);
    expect(robotsTxt()).not.toMatch(/Sitemap/);
  });
});
