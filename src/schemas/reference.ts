import { z } from 'astro/zod';
import { cslDateParts, cslItemType } from './csl.ts';

const name = z.union([
  z.looseObject({ family: z.string(), given: z.string() }),
  z.looseObject({ literal: z.string() }).describe('A name as printed, when given names are not known (or an organisation)'),
]);

/** A text in both editions' languages. */
const bilingual = z.object({ da: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * One work, as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * plus `custom` for what the edition knows about the work and how the thesis prints it.
 */
export const referenceSchema = z
  .looseObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the key rule in docs/authoring.md').describe('Citation key'),
    type: cslItemType.describe('CSL item type: book, chapter, article-journal, report, webpage, legislation, …'),
    author: z.array(name).optional(),
    editor: z.array(name).optional(),
    issued: z.looseObject({ 'date-parts': z.array(cslDateParts) }).optional(),
    title: z.string().optional(),
    note: z.never({ error: 'say what is known about the work in custom.status {da, en} instead' }).optional(),
    custom: z.looseObject({
      incomplete: z.boolean().describe('True while a fact a reader needs to find the work is missing'),
      missing: z.array(z.string()).optional().describe('Which facts could not be verified'),
      status: bilingual.describe('One line for the reader: what is known, what is missing, where it was verified'),
      suffix: z.string().regex(/^[a-z]$/).optional().describe('The letter the thesis prints after the year (2022c, u.å, a)'),
      designation: bilingual.optional().describe('How a law or guidance is cited instead of author and year: "LBK nr. 2394 af 14/12/2021"'),
      citedAs: z.array(z.string()).optional().describe('How the thesis prints the citation'),
    }),
  })
  .refine((r) => r.author?.length || r.editor?.length || r.title || r.number || (r.custom as { designation?: unknown }).designation, {
    message: 'the entry has no author, editor, title or number, so the bibliography would print nothing a reader can find the work by',
    params: { fix: 'Add "author" (or "editor") and "title" as the thesis\'s reference list gives them; a law gets its "number" (e.g. "LBK nr. 2394").' },
  });

export type Reference = z.infer<typeof referenceSchema>;
