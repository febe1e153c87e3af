import { z } from 'astro/zod';
import { localized } from './localized';

export const glossaryTermSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('Anchor on the glossary page'),
    da: z.string().min(1).describe('The Danish term as the thesis uses it'),
    en: z.string().min(1).describe('The English term the translation uses, always'),
    match: z.array(z.string().min(1)).min(1).describe('English forms linked to the entry (lowercase)'),
    avoid: z.array(z.string().min(1)).default([]).describe('Renderings the translation must not use for this term'),
    explanation: localized.describe('One line explaining the term'),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
