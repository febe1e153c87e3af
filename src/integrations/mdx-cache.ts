import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { BuildCache, buildCacheDir } from '../data/build-cache.ts';
import { isThesisData } from '../data/content-files.ts';
import { site } from '../site.config.ts';

/** The MDX plugin of @astrojs/mdx, whose compiled output is kept between builds. */
const mdxPluginName = '@mdx-js/rolldown';

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((name) => join(dir, name))
        .filter((path) => statSync(path).isFile())
        .sort()
    : [];

/**
 * Everything a chapter's compiled MDX depends on besides its own text and the site's facts
 * (which are in each entry's key, see entryKey): the packages (lockfile), our plugins and all they import (src/),
 * the config, the data the plugins place in a chapter (quotes, informants, forms, glossary,
 * references), and which chapters exist. Another chapter's text is not among them: editing one
 * chapter compiles one.
 */
export function compileInputs(root: string): string[] {
  const contentDir = join(root, 'content');
  const content = filesUnder(contentDir);
  const data = content.filter((path) => isThesisData(contentDir, path));
  const chapters = content.filter((path) => !isThesisData(contentDir, path));
  const read = (path: string) => `${relative(root, path)}\n${existsSync(path) ? readFileSync(path, 'utf8') : ''}`;
  return [
    read(join(root, 'package-lock.json')),
    read(join(root, 'astro.config.mjs')),
    ...filesUnder(join(root, 'src')).map(read),
    ...data.map(read),
    chapters.map((path) => relative(root, path)).join('\n'),
  ];
}

/**
 * The key of one compiled file: its path and text, and the site facts that reach into its links
 * and text (address, base path, version: src/site.config.ts, from the environment).
 */
export const entryKey = (facts: object, path: string, code: string) =>
  `${createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16)} ${path} ${createHash('sha256').update(code).digest('hex')}`;

type Transform = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;

/**
 * Keeps what the MDX plugin compiled (chapters through remark-gfm and our plugins, to JavaScript)
 * between builds, by the file's text and everything else it depends on (compileInputs): Vite
 * compiles every MDX file on every build, and Astro's content store caches only Markdown.
 * Only `astro build` uses it; `astro dev` compiles as always. A compile that fails is not kept.
 */
export function mdxCompileCache(): AstroIntegration {
  return {
    name: 'thesis-mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        // One cache for the build, however many of Vite's environments resolve the plugin list.
        let cache: BuildCache | undefined;
        let warned = false;
        const plugin: Plugin = {
          name: 'thesis:mdx-compile-cache',
          configResolved(resolved) {
            const mdx = resolved.plugins.find((p) => p.name === mdxPluginName);
            const hook = mdx?.transform;
            if (!mdx || !hook || typeof hook === 'function') {
              if (!warned) logger.warn(`MDX compile cache off: @astrojs/mdx has no plugin named ${mdxPluginName} with a transform hook object; every chapter is compiled.`);
              warned = true;
              return;
            }
            if ((hook as { cached?: true }).cached) return;
            const compile = hook.handler as Transform;
            // The site's facts are part of each key, not of the cache's: a test build under /speciale/
            // and a plain build take turns without compiling each other's chapters again.
            cache ??= new BuildCache('mdx', compileInputs(root), buildCacheDir('mdx'));
            const kept = cache;
            Object.assign(hook, {
              cached: true,
              async handler(this: unknown, code: string, id: string, ...rest: unknown[]) {
                const key = entryKey(site, relative(root, id), code);
                if (kept.has(key)) return kept.get(key, () => undefined);
                const made = await compile.call(this, code, id, ...rest);
                return kept.get(key, () => made);
              },
            });
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
