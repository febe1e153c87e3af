import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { isThesisData } from '../data/content-files.ts';

/**
 * In `astro dev`, a chapter's compiled MDX holds what our plugins placed in it from the data in
 * content/ (quote cards, citations, glossary links), but Vite compiles a chapter again only when
 * the chapter's own file changes. So a change to any other file in content/ (a quote, an
 * informant, a reference, a form, the glossary) drops every compiled chapter and reloads the page.
 */
export function chapterDataReload(): AstroIntegration {
  return {
    name: 'thesis-chapter-data-reload',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const contentDir = join(fileURLToPath(config.root), 'content');
        const content = contentDir + sep;
        const plugin: Plugin = {
          name: 'thesis:chapter-data-reload',
          configureServer(server) {
            const reload = (path: string) => {
              if (!isThesisData(contentDir, path)) return;
              for (const environment of Object.values(server.environments)) {
                for (const module of environment.moduleGraph.idToModuleMap.values()) {
                  if (module.file?.startsWith(content) && module.file.endsWith('.mdx')) environment.moduleGraph.invalidateModule(module);
                }
              }
              server.ws.send({ type: 'full-reload' });
            };
            for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, reload);
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
