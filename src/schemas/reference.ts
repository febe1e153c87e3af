import { z } from 'astro/zod';
import { cslDateParts, cslItemType } from './csl';

const name = z.union([
  z.object({ family: z.string(), given: z.string().optional() }).passthrough(),
  z.object({ literal: z.string() }).passthrough(),
]);

/**
 * One work, as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * plus `custom` for what this project needs to know about how far it was verified.
 */
export const referenceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the key rule in docs/authoring.md').describe('Citation key'),
    type: cslItemType.describe('CSL item type: book, chapter, article-journal, report, webpage, legislation, …'),
    author: z.array(name).optional(),
    editor: z.array(name).optional(),
    issued: z.object({ 'date-parts': z.array(cslDateParts) }).passthrough().optional(),
    title: z.string().optional(),
    note: z.string().optional().describe('Where each fact was verified'),
    custom: z
      .object({
        incomplete: z.boolean().describe('True while a fact a reader needs to find the work is missing'),
        missing: z.array(z.string()).optional().describe('Which facts could not be verified'),
        citedAs: z.array(z.string()).optional().describe('How the thesis prints the citation'),
      })
      .passthrough(),
  })
  .passthrough()
  .refine((r) => r.author?.length || r.editor?.length || r.title || r.number || (r.custom as { designation?: unknown }).designation, {
    message: 'the entry has no author, editor, title or number, so the bibliography would print nothing a reader can find the work by',
    params: { fix: 'Add "author" (or "editor") and "title" as the thesis\'s reference list gives them; a law gets its "number" (e.g. "LBK nr. 2394").' },
  });

export type Reference = z.infer<typeof referenceSchema>;
