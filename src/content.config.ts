import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { participationFormSchema } from './schemas/participation-form.ts';
import { informantSchema } from './schemas/informant.ts';
import { quoteSchema } from './schemas/quote.ts';
import { referenceSchema } from './schemas/reference.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { editionStatementSchema } from './schemas/edition.ts';
import { thesisData, type ThesisData } from './data/thesis-data.ts';
import { checkContent } from './data/validate-data.ts';
import { langs } from './i18n/languages.ts';

// Pages render chapters from their compiled MDX; the raw text is read by our own checks, not from
// the store, so the store does not keep it (a smaller module for every page build to load).
const retainBody = false;

const eachLang = (dir?: string) => `{${langs.map((lang) => (dir ? `${dir}/${lang}` : lang)).join(',')}}/*.mdx`;

/**
 * The glob loader, after checking the files ourselves so that a mistake is reported with its
 * file, line and fix; the loader then reads them as usual. In `astro dev` the checks run again
 * on every change, and a mistake is logged (the page shows the error once rendered).
 */
function checkedGlob(root: string): Loader {
  const loader = glob({ pattern: eachLang(), base: root, retainBody });
  return {
    ...loader,
    load: async (context) => {
      checkContent('./content');
      context.watcher?.on('all', (_event, path) => {
        if (!path.includes('/content/')) return;
        try {
          checkContent('./content');
        } catch (error) {
          context.logger.error(authorMessage(error));
        }
      });
      return loader.load(context);
    },
  };
}

const authorMessage = (error: unknown) => {
  const { message, hint } = error as { message: string; hint?: string };
  return hint ? `${message}\n  Fix: ${hint}` : message;
};

/** Data entries come from the same reader the Markdown plugins use, so both see one truth. */
function thesisDataLoader(name: string, pick: (data: ThesisData) => Map<string, object>): Loader {
  return {
    name: `thesis-${name}`,
    load: async ({ store, parseData, watcher }) => {
      const sync = async () => {
        const entries = pick(thesisData());
        store.clear();
        for (const [id, data] of entries) {
          store.set({ id, data: await parseData({ id, data: data as Record<string, unknown> }) });
        }
      };
      await sync();
      // A new or deleted data file (a new content/quotes/*.yaml) counts as much as an edited one.
      // A mistake keeps the last good entries; the content check reports it once, not per collection.
      watcher?.on('all', (event, path) => {
        if (!['add', 'change', 'unlink'].includes(event) || !path.includes('/content/') || path.endsWith('.mdx')) return;
        sync().catch(() => undefined);
      });
    },
  };
}

export const collections = {
  chapters: defineCollection({ loader: checkedGlob('./content'), schema: chapterSchema }),
  forms: defineCollection({ loader: glob({ pattern: eachLang('forms'), base: './content', retainBody }), schema: participationFormSchema }),
  informants: defineCollection({ loader: thesisDataLoader('informants', (d) => d.informants), schema: informantSchema }),
  quotes: defineCollection({ loader: thesisDataLoader('quotes', (d) => d.quotes), schema: quoteSchema }),
  references: defineCollection({ loader: thesisDataLoader('references', (d) => d.references), schema: referenceSchema }),
  glossary: defineCollection({ loader: thesisDataLoader('glossary', (d) => d.glossary), schema: glossaryTermSchema }),
  edition: defineCollection({ loader: glob({ pattern: 'edition/*.mdx', base: './content', retainBody }), schema: editionStatementSchema }),
};
