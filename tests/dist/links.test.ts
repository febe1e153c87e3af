import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { base, builtPages, fileFor, origin } from './site.ts';

const ids = new Map(builtPages().map((p) => [p.file, new Set(selectAll('[id]', p.tree).map((e) => String(e.properties.id)))]));

describe('links in the built site', () => {
  it('builds the pages every edition needs', () => {
    const files = builtPages().map((p) => p.file);
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'da/index.html', 'en/index.html']));
  });

  for (const page of builtPages()) {
    it(`every internal link and #anchor on ${page.url} resolves`, () => {
      const broken: string[] = [];
      for (const element of selectAll('a[href], link[href], img[src], script[src]', page.tree)) {
        const written = String(element.properties.href ?? element.properties.src);
        // With SITE_URL (the deployed build) canonical and alternate links are absolute: they are the site's own.
        const target = origin && written.startsWith(`${origin}/`) ? written.slice(origin.length) : written;
        if (/^(mailto:|https?:\/\/(?!127\.0\.0\.1))/.test(target) && element.tagName === 'a') continue;
        const url = new URL(target, `http://site${page.url}`);
        if (url.host !== 'site') {
          broken.push(`${target} (third-party request)`);
          continue;
        }
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${target} (no such page under ${base})`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !ids.get(file)?.has(anchor)) broken.push(`${target} (no #${anchor} on ${file})`);
      }
      expect(broken).toEqual([]);
    });
  }

  it('gives every id once per page', () => {
    const repeated = builtPages().flatMap((page) => {
      const seen = selectAll('[id]', page.tree).map((e) => String(e.properties.id));
      return seen.filter((id, i) => seen.indexOf(id) !== i).map((id) => `${page.file}#${id}`);
    });
    expect(repeated).toEqual([]);
  });
});
