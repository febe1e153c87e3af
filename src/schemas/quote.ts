import { z } from 'astro/zod';
import { localized } from './localized';
import { settings } from './informant';
import { langs } from '../i18n/languages';

export const turnSchema = z
  .object({
    speaker: z.string().describe('Informant id of who speaks this turn'),
    intro: localized.optional().describe("The authors' words between turns, e.g. “Hvorpå frontlinjemedarbejderen svarer:”"),
    lang: z.enum(langs).optional().describe('Language spoken, when not Danish'),
    text: localized.describe('What was said, with [...], … and [stage directions] as printed'),
  })
  .strict();

export const quoteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens').describe('Stable id; the anchor of the card'),
    setting: z.enum(settings),
    attribution: z.string().min(1).describe('The attribution exactly as the thesis prints it'),
    question: localized.or(z.string().transform((da) => ({ da, en: '' }))).optional().describe('The question asked, where the text says'),
    forms: z.array(z.string()).default([]).describe('Participation forms the analysis names for this quote'),
    formsBasis: z.string().optional().describe('The analysis sentence that names those forms, verbatim'),
    note: z.string().optional().describe('Observation note, or an inconsistency in the source'),
    turns: z.array(turnSchema).min(1),
  })
  .strict();

export type Quote = z.infer<typeof quoteSchema>;
export type Turn = z.infer<typeof turnSchema>;
