import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { builtSiteDir } from '../../scripts/serve-dist.mjs';

/** The build under test: dist/, or DIST_DIR (scripts/test.mjs builds into .test-dist/). */
export const dist = join(process.cwd(), builtSiteDir);
/** The origin the deployed build was made for (SITE_URL in CI), whose absolute links are the site's own. */
export const origin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : undefined;
/** The base path the test build was made under (scripts/test.mjs sets it). */
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export interface BuiltPage {
  /** File under dist/, e.g. "da/indledning/index.html". */
  file: string;
  /** URL path the page is served at, with the base: "/speciale/da/indledning/". */
  url: string;
  html: string;
  tree: Root;
}

let cache: BuiltPage[] | undefined;

/** Every HTML file of the built site, under dist/: "da/indledning/index.html". */
export const builtFiles = (): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();

/** Every HTML page of the built site, parsed once. */
export function builtPages(): BuiltPage[] {
  cache ??= builtFiles().map((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const url = base + file.replace(/index\.html$/, '');
    return { file, url, html, tree: fromHtml(html) };
  });
  return cache;
}

export const page = (url: string) => {
  const found = builtPages().find((p) => p.url === base + url.replace(/^\//, ''));
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
};

/** The built file a site path points at, or undefined. */
export function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.find((c) => {
    try {
      return statSync(join(dist, c)).isFile();
    } catch {
      return false;
    }
  });
}
