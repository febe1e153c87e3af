// Rewrites a page of a tagged version as it is copied into dist/v/<tag>/: a banner saying which
// version it is, with a link to the same page in the latest version; noindex, and canonical to
// the latest. Works on the built HTML, so a version whose code knows nothing of versions gets
// it too.
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

const css = readFileSync(new URL('./version-banner.css', import.meta.url), 'utf8');
const el = (tagName, properties, children = []) => ({ type: 'element', tagName, properties, children });
const text = (value) => ({ type: 'text', value });

/**
 * @param {string} html a built page of the version
 * @param {object} o
 * @param {Record<string, import('../src/versions/manifest.ts').BannerText>} o.banner the version's banner per language
 * @param {string} o.latestHref the same page in the latest version (or its nearest page)
 * @param {string} o.canonical absolute (or root-relative) URL of latestHref
 * @param {(href: string) => string} o.relink where a link inside the version should point
 */
export function withBanner(html, { banner, latestHref, canonical, relink }) {
  const tree = fromHtml(html);
  const head = select('head', tree);
  const body = select('body', tree);
  if (!head || !body) return html;
  const lang = select('html', tree)?.properties.lang;
  const words = banner[lang] ?? Object.values(banner)[0];

  for (const link of selectAll('link[rel~=canonical], meta[name=robots]', head)) link.properties.dataRemoved = true;
  head.children = head.children.filter((node) => !node.properties?.dataRemoved);
  head.children.push(
    el('meta', { name: 'robots', content: 'noindex' }),
    el('link', { rel: ['canonical'], href: canonical }),
    el('style', {}, [text(css)]),
  );
  for (const a of selectAll('a[href]', body)) a.properties.href = relink(String(a.properties.href));

  const aside = el('aside', { className: ['version-banner'], ariaLabel: words.label, dataVersionBanner: true }, [
    el('p', {}, [el('strong', {}, [text(words.text)]), ...(words.description ? [text(' '), text(words.description)] : [])]),
    el('p', {}, [el('a', { href: latestHref }, [text(words.latest)]), text(' · '), el('a', { href: words.changesHref }, [text(words.changes)])]),
  ]);
  const main = select('main', body);
  const parent = main ? (function find(node) {
    if (node.children?.includes(main)) return node;
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
  })(body) : body;
  parent.children.splice(main ? parent.children.indexOf(main) : 0, 0, aside);
  return toHtml(tree, { upperDoctype: true });
}
