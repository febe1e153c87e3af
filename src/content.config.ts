import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { participationFormSchema } from './schemas/participation-form';
import { informantSchema } from './schemas/informant';
import { quoteSchema } from './schemas/quote';
import { referenceSchema } from './schemas/reference';
import { glossaryTermSchema } from './schemas/glossary';
import { editionStatementSchema } from './schemas/edition';
import { thesisData, type ThesisData } from './data/thesis-data';
import { checkFrontmatter } from './data/read-list-file';
import { readdirSync } from 'node:fs';
import type { z } from 'astro/zod';
import { langs } from './i18n/languages';

/**
 * The glob loader, after checking every file's frontmatter ourselves so that a mistake is
 * reported with its line; the loader then reads the files as usual.
 */
function checkedGlob(dirs: string[], schema: z.ZodType, what: string): Loader {
  const loader = glob({ pattern: `${dirs.length > 1 ? `{${dirs.join(',')}}` : dirs[0]}/*.mdx`, base: './content' });
  return {
    ...loader,
    load: async (context) => {
      for (const dir of dirs) {
        for (const name of readdirSync(`./content/${dir}`).filter((f) => f.endsWith('.mdx'))) checkFrontmatter(`./content/${dir}/${name}`, schema, what);
      }
      return loader.load(context);
    },
  };
}

/** Data entries come from the same reader the Markdown plugins use, so both see one truth. */
function thesisDataLoader(name: string, pick: (data: ThesisData) => Map<string, object>): Loader {
  return {
    name: `thesis-${name}`,
    load: async ({ store, parseData, watcher }) => {
      const sync = async () => {
        store.clear();
        for (const [id, data] of pick(thesisData())) {
          store.set({ id, data: await parseData({ id, data: data as Record<string, unknown> }) });
        }
      };
      await sync();
      watcher?.on('change', (path) => path.includes('/content/') && !path.endsWith('.mdx') && sync());
    },
  };
}

export const collections = {
  chapters: defineCollection({ loader: checkedGlob([...langs], chapterSchema, 'chapter'), schema: chapterSchema }),
  forms: defineCollection({ loader: checkedGlob(langs.map((lang) => `forms/${lang}`), participationFormSchema, 'participation form'), schema: participationFormSchema }),
  informants: defineCollection({ loader: thesisDataLoader('informants', (d) => d.informants), schema: informantSchema }),
  quotes: defineCollection({ loader: thesisDataLoader('quotes', (d) => d.quotes), schema: quoteSchema }),
  references: defineCollection({ loader: thesisDataLoader('references', (d) => d.references), schema: referenceSchema }),
  glossary: defineCollection({ loader: thesisDataLoader('glossary', (d) => d.glossary), schema: glossaryTermSchema }),
  edition: defineCollection({ loader: checkedGlob(['edition'], editionStatementSchema, 'edition statement'), schema: editionStatementSchema }),
};
