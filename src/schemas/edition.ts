import { z } from 'astro/zod';

/** The page that says what the edition does to the thesis (content/edition/<lang>.mdx). */
export const editionStatementSchema = z
  .object({
    title: z.string().min(1).describe('Page title: "Om denne udgave" / "About this edition"'),
    summary: z.string().min(1).describe('One sentence for the page description'),
  })
  .strict();

export type EditionStatement = z.infer<typeof editionStatementSchema>;
