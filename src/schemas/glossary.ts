import { z } from 'astro/zod';
import { localized } from './localized.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Where the thesis uses the term, and what it says about it. */
const inThesis = z
  .object({
    chapter: slug.describe('The Danish chapter that uses the term (content/da/<chapter>.mdx)'),
    printed: z.string().min(1).describe('Words the thesis prints there, verbatim; a test finds them in the source text'),
    says: localized.optional().describe('What the thesis says about the term, as a close paraphrase'),
  })
  .strict();

/** An explanation the thesis does not give; the page marks it as the edition's. */
const editorial = z
  .object({
    says: localized.describe('The explanation'),
    source: localized.describe('Where it was verified: publisher or page, in the reader’s language'),
  })
  .strict();

export const glossaryTermSchema = z
  .object({
    id: slug.describe('Anchor on the glossary page'),
    da: z.string().min(1).describe('The Danish term as the thesis uses it'),
    en: z.string().min(1).describe('The English term the translation uses, always'),
    match: z.array(z.string().min(1)).min(1).describe('English forms linked to the entry at their first use in a chapter'),
    caseSensitive: z
      .boolean()
      .default(false)
      .describe('Link only forms written exactly as in `match`: for abbreviations that are also ordinary words (STAR, LAB)'),
    avoid: z.array(z.string().min(1)).default([]).describe('Renderings the translation must not use for this term'),
    thesis: inThesis,
    editorial: editorial.optional(),
    discrepancy: localized.optional().describe('Where the thesis says two different things about the term; both are shown, neither is chosen'),
  })
  .strict()
  .refine((term) => term.thesis.says || term.editorial, {
    message: 'a glossary term needs thesis.says (what the thesis says) or editorial (an explanation with its source)',
    path: ['thesis', 'says'],
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
