import { z } from 'astro/zod';
import { langs } from '../i18n/languages.ts';

export const chapterParts = ['front', 'method', 'theory', 'analysis', 'closing'] as const;

export const chapterSchema = z
  .object({
    title: z.string().min(1).describe('Chapter heading as the authors wrote it; the page h1'),
    short: z.string().min(1).optional().describe('Short label for the table of contents and previous/next'),
    order: z.number().int().positive().describe('Position in the thesis'),
    part: z.enum(chapterParts).describe('Which part of the thesis the chapter belongs to'),
    summary: z.string().min(1).describe('One paragraph saying what the chapter does'),
    question: z.string().optional().describe('The working question (arbejdsspørgsmål) an analysis part answers'),
    lang: z.enum(langs).optional().describe('Language of the text when it differs from the edition'),
  })
  .strict()
  .refine((c) => c.part !== 'analysis' || c.question, {
    message: 'An analysis part must name the working question it answers: add `question:` to the frontmatter.',
    path: ['question'],
  });

export type Chapter = z.infer<typeof chapterSchema>;
